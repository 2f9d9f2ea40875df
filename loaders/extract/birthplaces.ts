// A birthplace written "Town, State" is one place: "born in Plymouth, Vt." names the town by its
// state, so the person comes from "Plymouth, Vt." (one mention, one entity), not from two places.

import { placeChain } from './find-phrase-relations.js';
import type { Mention } from './find-mentions.js';
import type { RelationFinding } from './find-relations.js';
import type { Token } from './text-units.js';

/** Cues (as found) that say where a person was born or comes from, rather than where they live now. */
const BIRTH_CUES = new Set(['born in', 'native of', 'native', 'hometown', 'birthplace']);

const isBirth = (finding: RelationFinding) =>
  finding.predicate === 'LOCATED_IN' && finding.subject.type === 'PERSON' && BIRTH_CUES.has(finding.verb.toLowerCase());

/**
 * Joins each birthplace of the sentence's `findings` with the state or country named after it
 * ("Plymouth , Vt.") into one place mention. The parts' own mentions give way to the joined one, and
 * findings between the parts ("Plymouth LOCATED_IN Vt.") go, since the name now says it.
 */
export function joinBirthplaces(tokens: Token[], mentions: Mention[], findings: RelationFinding[]): { mentions: Mention[]; findings: RelationFinding[] } {
  const startingAt = new Map(mentions.map((m) => [m.first, m]));
  const joined = new Map<Mention, Mention>();
  const parts = new Set<Mention>();
  for (const finding of findings) {
    const town = finding.object;
    if (!isBirth(finding) || joined.has(town) || town.type !== 'LOCATION') continue;
    const chain = placeChain(tokens, startingAt, town.last + 1);
    if (chain.length === 0) continue;
    const last = chain[chain.length - 1];
    joined.set(town, {
      ...town,
      last: last.last,
      end: last.end,
      name: [town, ...chain].map((m) => m.name).join(', '),
      kind: 'name',
      possessive: last.possessive,
    });
    for (const part of [town, ...chain]) parts.add(part);
  }
  if (joined.size === 0) return { mentions, findings };
  const kept = findings.flatMap((finding) => {
    const subject = joined.get(finding.subject) ?? finding.subject;
    const object = joined.get(finding.object) ?? finding.object;
    return parts.has(subject) || parts.has(object) ? [] : [{ ...finding, subject, object }];
  });
  return { mentions: [...mentions.filter((m) => !parts.has(m)), ...joined.values()].sort((a, b) => a.start - b.start || b.end - a.end), findings: kept };
}
