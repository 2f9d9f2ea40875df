// The reference baseline: compromise's own people / places / organisations, as an extraction result.

import nlp from 'compromise';
import type { EntityType, ExtractedArticle, ExtractedEntity, Span } from '../core/model.js';
import type { CleanArticle } from '../loaders/clean/clean-article.js';
import { entityId } from '../loaders/resolve/entity-id.js';

interface OffsetTerm {
  offset: { start: number; length: number };
}

interface OffsetMatch {
  terms: OffsetTerm[];
}

/** Which compromise matcher stands for which of our types. */
const MATCHERS: ReadonlyArray<{ type: EntityType; find: (doc: ReturnType<typeof nlp>) => { json(options: { offset: boolean }): unknown } }> = [
  { type: 'PERSON', find: (doc) => doc.people() },
  { type: 'LOCATION', find: (doc) => doc.places() },
  { type: 'ORGANIZATION', find: (doc) => doc.organizations() },
];

/**
 * Extracts entities with compromise alone: no gazetteer, no resolution, no relations. A match's span
 * runs from its first term to the end of its last term, because the match offset itself includes
 * trailing punctuation ("Somerset ." in tokenised text).
 */
export function extractWithCompromise(article: CleanArticle): ExtractedArticle {
  const doc = nlp(article.text);
  const entities = new Map<string, ExtractedEntity>();
  for (const { type, find } of MATCHERS) {
    for (const match of find(doc).json({ offset: true }) as OffsetMatch[]) {
      const first = match.terms[0]?.offset;
      const last = match.terms[match.terms.length - 1]?.offset;
      if (!first || !last) continue;
      const span: Span = { start: first.start, end: last.start + last.length };
      const name = article.text.slice(span.start, span.end);
      const id = entityId(type, name);
      const entity = entities.get(id) ?? { id, name, type, aliases: [], mentions: [] };
      entity.mentions.push(span);
      entities.set(id, entity);
    }
  }
  return { ...article, entities: [...entities.values()], relations: [] };
}
