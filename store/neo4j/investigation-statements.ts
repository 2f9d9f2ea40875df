// The Neo4j statements behind trace, paths, relationship timeline and what's new; statements.ts re-exports them for the linter.

import { PREDICATE_NAMES } from '../../core/vocabulary.js';
import { INVESTIGATION_CAPS } from '../investigations.js';

const LINK_FILTER = 'type(r) IN $predicates AND ($dated = false OR (r.date >= $from AND r.date <= $to))';

/** Every predicate type: an untyped variable-length pattern would also walk Article–MENTIONS–Entity. */
const RELATION_TYPES = PREDICATE_NAMES.join('|');

/** Path lengths the statements exist for: a variable-length bound cannot be a parameter. */
const LENGTHS = Array.from({ length: INVESTIGATION_CAPS.pathLength }, (_, index) => index + 1);

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

// No DISTINCT: it would enumerate every path (parallel relations multiply them) before LIMIT; the caller dedupes.
function byLength(pattern: (length: number, arrow: string) => string): { undirected: Record<number, string>; directed: Record<number, string> } {
  const statements = (arrow: string) =>
    Object.fromEntries(LENGTHS.map((length) => [length, `${pattern(length, arrow)}\nRETURN [x IN nodes(p) | x.id] AS ids LIMIT $limit`])) as Record<number, string>;
  return { undirected: statements(''), directed: statements('>') };
}

/** `[directed][maxLength]`: every shortest path of at most maxLength hops. */
export const ALL_SHORTEST_PATHS = byLength(
  (length, arrow) => `MATCH p = allShortestPaths((a:Entity {id: $from})-[:${RELATION_TYPES}*..${length}]-${arrow}(b:Entity {id: $to}))`,
);

/** `[directed][length]`: paths of exactly `length` hops (the caller drops those that revisit a node). */
export const PATHS_OF_LENGTH = byLength(
  (length, arrow) => `MATCH p = (a:Entity {id: $from})-[:${RELATION_TYPES}*${length}]-${arrow}(b:Entity {id: $to})`,
);

export const NEW_ENTITIES = 'MATCH (e:Entity) WHERE e.firstSeen >= $since RETURN e ORDER BY e.firstSeen DESC, e.articleCount DESC, e.name LIMIT $limit';

export const NEW_RELATIONS = `MATCH (a:Entity)-[r]->(b:Entity)
WITH a.id AS subject, type(r) AS predicate, b.id AS object, count(r) AS articleCount, min(r.date) AS firstDate, max(r.date) AS lastDate
WHERE firstDate >= $since
RETURN subject, predicate, object, articleCount, firstDate, lastDate ORDER BY firstDate DESC, articleCount DESC, subject, predicate, object LIMIT $limit`;
