// How far a relation's argument reaches in the text, where the role it plays decides it: a birthplace
// written "Town, State" is one place ("born in Plymouth, Vt."), and a victim is named with the title
// they held ("killed President Kennedy"), while a post's holder is named without it (the title is the role).

import type { Mention } from './find-mentions.js';
import { placeChain } from './find-phrase-relations.js';
import type { RelationFinding } from './find-relations.js';
import { HONORIFICS } from './lexicon.js';
import type { Token } from './text-units.js';
import { titleEndingAt } from './titles.js';

/** Cues (as found) that say where a person was born or comes from, rather than where they live now. */
const BIRTH_CUES = new Set(['born in', 'born', 'native of', 'native', 'hometown', 'birthplace']);

const isBirth = (finding: RelationFinding) =>
  finding.predicate === 'LOCATED_IN' && finding.subject.type === 'PERSON' && BIRTH_CUES.has(finding.verb.toLowerCase());

/** One sentence's mentions and findings, as the extractor keeps them. */
export interface SentenceArguments {
  mentions: Mention[];
  findings: RelationFinding[];
}

/**
 * Spans the arguments of a sentence's `findings` by their role: birthplaces joined with their state,
 * victims with their title. A mention that grows replaces the mentions it takes in.
 */
export function spanArguments(tokens: Token[], { mentions, findings }: SentenceArguments): SentenceArguments {
  const grown = new Map<Mention, Mention>();
  const parts = new Set<Mention>();
  const startingAt = new Map(mentions.map((m) => [m.first, m]));
  for (const finding of findings) {
    const object = finding.object;
    if (grown.has(object)) continue;
    if (isBirth(finding) && object.type === 'LOCATION') {
      const chain = placeChain(tokens, startingAt, object.last + 1);
      if (chain.length === 0) continue;
      const last = chain[chain.length - 1];
      grown.set(object, { ...object, last: last.last, end: last.end, name: [object, ...chain].map((m) => m.name).join(', '), kind: 'name', possessive: last.possessive });
      for (const part of chain) parts.add(part);
    } else if (finding.predicate === 'KILLED' && object.type === 'PERSON') {
      const title = titleStart(tokens, object.first);
      // "Chicago Mayor Lee": the place or body whose post it was belongs to the name too (and keeps its own mention).
      const owner = title < object.first ? mentions.find((m) => m.last === title - 1 && m.type !== 'PERSON' && !m.possessive) : undefined;
      const first = owner?.first ?? title;
      if (first < object.first && !mentions.some((m) => m !== object && m !== owner && m.last >= first && m.first < object.first)) {
        grown.set(object, { ...object, first, start: tokens[first].start });
      }
    }
  }
  if (grown.size === 0) return { mentions, findings };
  // Findings between a birthplace's parts ("Plymouth LOCATED_IN Vt.") go: the joined name says it.
  const kept = findings.flatMap((finding) => {
    const subject = grown.get(finding.subject) ?? finding.subject;
    const object = grown.get(finding.object) ?? finding.object;
    return parts.has(subject) || parts.has(object) ? [] : [{ ...finding, subject, object }];
  });
  const spanned = mentions.filter((m) => !parts.has(m)).map((m) => grown.get(m) ?? m);
  return { mentions: spanned.sort((a, b) => a.start - b.start || b.end - a.end), findings: kept };
}

/** Where the title or honorific right before the name at `nameStart` begins ("President", "Sen.", "Dr."), else `nameStart`. */
function titleStart(tokens: Token[], nameStart: number): number {
  // A title used as a name's prefix is capitalised ("President Dunn"); "civil rights leader Dunn" describes.
  const title = titleEndingAt(tokens, nameStart);
  if (title) return /^\p{Lu}/u.test(tokens[title.first].text) ? title.first : nameStart;
  const stop = tokens[nameStart - 1]?.text === '.' ? nameStart - 2 : nameStart - 1;
  return HONORIFICS.has(tokens[stop]?.lower ?? '') ? stop : nameStart;
}
