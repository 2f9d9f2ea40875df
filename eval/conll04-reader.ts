// Reads the CoNLL04 JSON (SpERT format) into sentence texts with gold entity spans and relations.

import { z } from 'zod';
import { InvalidArgumentError } from '../core/errors.js';
import { joinTokens, tagsToSpans, type LabelledSpan } from './token-spans.js';

const conll04Schema = z.array(
  z.object({
    tokens: z.array(z.string()),
    tags: z.array(z.string()),
    relations: z.array(z.object({ head: z.number().int().nonnegative(), tail: z.number().int().nonnegative(), type: z.string() })),
  }),
);

/** A gold entity: its span and label (Peop, Loc, Org, Other) and its surface text. */
export interface Conll04Entity extends LabelledSpan {
  text: string;
}

/** A gold relation by the surface texts of its head and tail entities. */
export interface Conll04Relation {
  head: string;
  type: string;
  tail: string;
}

export interface Conll04Sentence {
  /** Tokens joined by single spaces. */
  text: string;
  entities: Conll04Entity[];
  relations: Conll04Relation[];
  words: number;
}

/**
 * Reads parsed CoNLL04 JSON: each record's `tags` are BILOU over the tokens, and each relation's
 * `head`/`tail` index the record's entities in tag order.
 */
export function readConll04(json: unknown): Conll04Sentence[] {
  const parsed = conll04Schema.safeParse(json);
  if (!parsed.success) {
    throw new InvalidArgumentError(`readConll04: not CoNLL04 JSON (${parsed.error.issues[0]?.message}). Expecting an array of {tokens, tags, relations}.`);
  }
  return parsed.data.map((record, index) => {
    const joined = joinTokens(record.tokens);
    const entities = tagsToSpans(joined, record.tags).map((span) => ({ ...span, text: joined.text.slice(span.start, span.end) }));
    const relations = record.relations.map(({ head, tail, type }) => {
      const headEntity = entities[head];
      const tailEntity = entities[tail];
      if (!headEntity || !tailEntity) {
        throw new InvalidArgumentError(`readConll04: record ${index} has a relation to entity ${Math.max(head, tail)} but only ${entities.length} entities. Check the tags.`);
      }
      return { head: headEntity.text, type, tail: tailEntity.text };
    });
    return { text: joined.text, entities, relations, words: record.tokens.length };
  });
}
