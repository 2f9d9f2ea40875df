// The Kùzu statements behind trace, paths, relationship timeline and what's new (Kùzu dialect), by name.

import type { LinkDirection } from '../path-search.js';
import { OFFSETS, RELATION_EVIDENCE } from './statements.js';

// Kùzu crashes the process on an empty list bound straight into `IN $list`, so lists are CAST first.
const IDS = 'CAST($ids AS STRING[])';
const LINK_FILTER =
  'label(r) IN CAST($predicates AS STRING[]) AND (NOT $dated OR (r.date >= $from AND r.date <= $to))';

// One row per pair, most relations first, capped: a hub's 20,000 ties never reach JavaScript.
// Measured: with every condition in the first WHERE, Kùzu 0.11 picks a plan 100× slower (3 s instead of
// 30 ms on the 1M-relationship bench graph); filtering after `WITH` keeps the start-from-$ids plan.
// The frontier and the excluded entities come as table offsets (statements.OFFSETS): 2× faster for a frontier of 25–60 hubs.
export const TRACE_LINKS = `MATCH (a:Entity)-[r]-(b:Entity) WHERE offset(id(a)) IN ${OFFSETS}
WITH a, r, b WHERE NOT offset(id(b)) IN CAST($exclude AS INT64[]) AND b.type IN CAST($types AS STRING[]) AND ${LINK_FILTER}
RETURN a.id AS source, b, count(r) AS relations, collect(label(r)) AS predicates, collect(r.articleId) AS articleIds, max(r.date) AS lastDate
ORDER BY relations DESC, b.id LIMIT $limit`;

export const TRACE_CO_MENTIONS = `MATCH (a:Entity)<-[:MENTIONS]-(x:Article)-[:MENTIONS]->(b:Entity) WHERE a.id IN ${IDS}
WITH a, x, b WHERE NOT b.id IN CAST($exclude AS STRING[]) AND b.type IN CAST($types AS STRING[]) AND (NOT $dated OR (x.publishedAt >= $from AND x.publishedAt <= $to))
RETURN a.id AS source, b, count(x) AS articles, collect(x.id) AS articleIds, max(x.publishedAt) AS lastDate
ORDER BY articles DESC, b.id LIMIT $limit`;

export const FILTERED_EDGES_AMONG = `MATCH (a:Entity)-[r]->(b:Entity) WHERE offset(id(a)) IN ${OFFSETS} AND offset(id(b)) IN ${OFFSETS}
WITH a, r, b WHERE ${LINK_FILTER}
RETURN a.id AS subject, label(r) AS predicate, b.id AS object, count(r) AS articleCount, min(r.date) AS firstDate, max(r.date) AS lastDate`;

// Measured on the 1M-relationship bench graph: `ALL SHORTEST` over the 21 predicate tables took 1–5 s for
// 3–4-hop pairs, so paths are searched from the application (store/path-search.ts) over this capped read.
const ARROWS = { out: ['-', '->'], in: ['<-', '-'], both: ['-', '-'] } as const;

/** `[direction]`: the links of the entities $ids in that direction, one row per pair, the $limit heaviest first. */
export const ADJACENT = Object.fromEntries(
  Object.entries(ARROWS).map(([direction, [left, right]]) => [
    direction,
    `MATCH (a:Entity)${left}[r]${right}(b:Entity) WHERE a.id IN ${IDS}
RETURN a.id AS source, b.id AS target, count(r) AS weight ORDER BY weight DESC, source, target LIMIT $limit`,
  ]),
) as Record<LinkDirection, string>;

/**
 * Every relationship among the entities at $offsets with its evidence but the article's columns (read
 * by key afterwards: joining `Article {id: r.articleId}` scans all articles, ~150 ms on the bench graph).
 */
export const RELATIONS_AMONG = `MATCH (s:Entity)-[r]->(o:Entity) WHERE offset(id(s)) IN ${OFFSETS} AND offset(id(o)) IN ${OFFSETS}
RETURN ${RELATION_EVIDENCE}`;

export const NEW_ENTITIES = 'MATCH (e:Entity) WHERE e.firstSeen >= $since RETURN e ORDER BY e.firstSeen DESC, e.articleCount DESC, e.name LIMIT $limit';

export const NEW_RELATIONS = `MATCH (a:Entity)-[r]->(b:Entity)
WITH a.id AS subject, label(r) AS predicate, b.id AS object, count(r) AS articleCount, min(r.date) AS firstDate, max(r.date) AS lastDate
WHERE firstDate >= $since
RETURN subject, predicate, object, articleCount, firstDate, lastDate ORDER BY firstDate DESC, articleCount DESC, subject, predicate, object LIMIT $limit`;
