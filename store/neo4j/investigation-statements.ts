// The Neo4j statements behind trace, paths, relationship timeline and what's new; statements.ts re-exports them for the linter.

import type { LinkDirection } from '../path-search.js';

const LINK_FILTER = 'type(r) IN $predicates AND ($dated = false OR (r.date >= $from AND r.date <= $to))';

// One row per pair, most relations first, capped: a hub's 20,000 ties never reach JavaScript.
export const TRACE_LINKS = `MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids AND NOT b.id IN $exclude AND b.type IN $types AND ${LINK_FILTER}
RETURN a.id AS source, b, count(r) AS relations, collect(type(r)) AS predicates, collect(r.articleId) AS articleIds, max(r.date) AS lastDate
ORDER BY relations DESC, b.id LIMIT $limit`;

export const TRACE_CO_MENTIONS = `MATCH (a:Entity)<-[:MENTIONS]-(x:Article)-[:MENTIONS]->(b:Entity)
WHERE a.id IN $ids AND NOT b.id IN $exclude AND b.type IN $types AND ($dated = false OR (x.publishedAt >= $from AND x.publishedAt <= $to))
RETURN a.id AS source, b, count(x) AS articles, collect(x.id) AS articleIds, max(x.publishedAt) AS lastDate
ORDER BY articles DESC, b.id LIMIT $limit`;

export const FILTERED_EDGES_AMONG = `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND ${LINK_FILTER}
RETURN a.id AS subject, type(r) AS predicate, b.id AS object, count(r) AS articleCount, min(r.date) AS firstDate, max(r.date) AS lastDate`;

const ARROWS = { out: ['-', '->'], in: ['<-', '-'], both: ['-', '-'] } as const;

/** `[direction]`: the links of the entities $ids in that direction, one row per pair, the $limit heaviest first (store/path-search.ts). */
export const ADJACENT = Object.fromEntries(
  Object.entries(ARROWS).map(([direction, [left, right]]) => [
    direction,
    `MATCH (a:Entity)${left}[r]${right}(b:Entity) WHERE a.id IN $ids
RETURN a.id AS source, b.id AS target, count(r) AS weight ORDER BY weight DESC, source, target LIMIT $limit`,
  ]),
) as Record<LinkDirection, string>;

export const NEW_ENTITIES = 'MATCH (e:Entity) WHERE e.firstSeen >= $since RETURN e ORDER BY e.firstSeen DESC, e.articleCount DESC, e.name LIMIT $limit';

export const NEW_RELATIONS = `MATCH (a:Entity)-[r]->(b:Entity)
WITH a.id AS subject, type(r) AS predicate, b.id AS object, count(r) AS articleCount, min(r.date) AS firstDate, max(r.date) AS lastDate
WHERE firstDate >= $since
RETURN subject, predicate, object, articleCount, firstDate, lastDate ORDER BY firstDate DESC, articleCount DESC, subject, predicate, object LIMIT $limit`;
