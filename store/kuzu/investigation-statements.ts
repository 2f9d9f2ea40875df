// The Kùzu statements behind trace, paths, relationship timeline and what's new (Kùzu dialect), by name.

import { PREDICATE_NAMES } from '../../core/vocabulary.js';
import { INVESTIGATION_CAPS } from '../investigations.js';
import { EVIDENCE } from './statements.js';

// Kùzu crashes the process on an empty list bound straight into `IN $list`, so lists are CAST first.
const IDS = 'CAST($ids AS STRING[])';
const LINK_FILTER =
  'label(r) IN CAST($predicates AS STRING[]) AND (NOT $dated OR (r.date >= $from AND r.date <= $to))';

/** Every predicate table: an unlabelled recursive pattern would also walk Article–MENTIONS–Entity. */
const RELATION_TABLES = PREDICATE_NAMES.join('|');

/** Path lengths the statements exist for: Kùzu cannot take a recursive bound as a parameter. */
const LENGTHS = Array.from({ length: INVESTIGATION_CAPS.pathLength }, (_, index) => index + 1);

// One row per pair, most relations first, capped: a hub's 20,000 ties never reach JavaScript.
// Measured: with every condition in the first WHERE, Kùzu 0.11 picks a plan 100× slower (3 s instead of
// 30 ms on the 1M-relationship bench graph); filtering after `WITH` keeps the start-from-$ids plan.
export const TRACE_LINKS = `MATCH (a:Entity)-[r]-(b:Entity) WHERE a.id IN ${IDS}
WITH a, r, b WHERE NOT b.id IN CAST($exclude AS STRING[]) AND b.type IN CAST($types AS STRING[]) AND ${LINK_FILTER}
RETURN a.id AS source, b, count(r) AS relations, collect(label(r)) AS predicates, collect(r.articleId) AS articleIds, max(r.date) AS lastDate
ORDER BY relations DESC, b.id LIMIT $limit`;

export const TRACE_CO_MENTIONS = `MATCH (a:Entity)<-[:MENTIONS]-(x:Article)-[:MENTIONS]->(b:Entity) WHERE a.id IN ${IDS}
WITH a, x, b WHERE NOT b.id IN CAST($exclude AS STRING[]) AND b.type IN CAST($types AS STRING[]) AND (NOT $dated OR (x.publishedAt >= $from AND x.publishedAt <= $to))
RETURN a.id AS source, b, count(x) AS articles, collect(x.id) AS articleIds, max(x.publishedAt) AS lastDate
ORDER BY articles DESC, b.id LIMIT $limit`;

export const FILTERED_EDGES_AMONG = `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN ${IDS}
WITH a, r, b WHERE b.id IN ${IDS} AND ${LINK_FILTER}
RETURN a.id AS subject, label(r) AS predicate, b.id AS object, count(r) AS articleCount, min(r.date) AS firstDate, max(r.date) AS lastDate`;

// No DISTINCT: it would enumerate every path (parallel relations multiply them) before LIMIT; the caller dedupes.
function pathStatement(hops: string, directed: boolean): string {
  return `MATCH p = (a:Entity {id: $from})-[:${RELATION_TABLES}${hops}]-${directed ? '>' : ''}(b:Entity {id: $to})
RETURN properties(nodes(p), 'id') AS ids LIMIT $limit`;
}

/** `[directed][maxLength]`: every shortest path of at most maxLength hops. */
export const ALL_SHORTEST_PATHS = {
  undirected: Object.fromEntries(LENGTHS.map((length) => [length, pathStatement(`* ALL SHORTEST 1..${length}`, false)])) as Record<number, string>,
  directed: Object.fromEntries(LENGTHS.map((length) => [length, pathStatement(`* ALL SHORTEST 1..${length}`, true)])) as Record<number, string>,
};

/** `[directed][length]`: paths of exactly `length` hops (walks; the caller drops those that revisit a node). */
export const PATHS_OF_LENGTH = {
  undirected: Object.fromEntries(LENGTHS.map((length) => [length, pathStatement(`*${length}..${length}`, false)])) as Record<number, string>,
  directed: Object.fromEntries(LENGTHS.map((length) => [length, pathStatement(`*${length}..${length}`, true)])) as Record<number, string>,
};

/** Every relationship among $ids with its evidence: one query for all the hops of a set of paths. */
export const EVIDENCE_AMONG = `MATCH (s:Entity)-[r]->(o:Entity) WHERE s.id IN ${IDS}
WITH s, r, o WHERE o.id IN ${IDS}
MATCH (a:Article {id: r.articleId})
RETURN ${EVIDENCE}`;

export const NEW_ENTITIES = 'MATCH (e:Entity) WHERE e.firstSeen >= $since RETURN e ORDER BY e.firstSeen DESC, e.articleCount DESC, e.name LIMIT $limit';

export const NEW_RELATIONS = `MATCH (a:Entity)-[r]->(b:Entity)
WITH a.id AS subject, label(r) AS predicate, b.id AS object, count(r) AS articleCount, min(r.date) AS firstDate, max(r.date) AS lastDate
WHERE firstDate >= $since
RETURN subject, predicate, object, articleCount, firstDate, lastDate ORDER BY firstDate DESC, articleCount DESC, subject, predicate, object LIMIT $limit`;
