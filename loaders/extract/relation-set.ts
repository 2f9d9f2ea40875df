// One relation per (subject, predicate, object) and article: the rule both extraction and the run
// resolver apply when relations are found twice or two entities turn out to be one.

import type { ExtractedRelation } from '../../core/model.js';
import { PREDICATES } from '../../core/vocabulary.js';

/**
 * Keeps one relation per (subject, predicate, object, negated), the best-supported one (highest
 * confidence, first found on ties), either way round for symmetric predicates; drops relations of
 * an entity with itself. Order of first appearance is kept.
 */
export function keepBestRelations(relations: Iterable<ExtractedRelation>): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  for (const relation of relations) {
    const { subject, predicate, object, negated } = relation;
    if (subject === object) continue;
    const key = [subject, predicate, object, negated].join('|');
    const reverse = [object, predicate, subject, negated].join('|');
    const existingKey = byKey.has(key) ? key : PREDICATES[predicate].symmetric && byKey.has(reverse) ? reverse : undefined;
    if (existingKey && byKey.get(existingKey)!.confidence >= relation.confidence) continue;
    byKey.set(existingKey ?? key, relation);
  }
  return [...byKey.values()];
}
