// Every Cypher statement the Neo4j store sends, by name, so that all of them can be linted with Neo4j's own parser.

import { ENTITY_TYPES, PREDICATE_NAMES, type EntityType, type Predicate } from '../../core/vocabulary.js';

/** The second label an entity carries for its type: PERSON → `:Entity:Person`. */
export const TYPE_LABELS: Record<EntityType, string> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, type.charAt(0) + type.slice(1).toLowerCase()]),
) as Record<EntityType, string>;

/** Constraints and indexes, created on open; every statement is idempotent. */
export const SCHEMA = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
];

const ARTICLE_SUMMARY =
  'a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.author AS author, a.publishedAt AS publishedAt, a.ingestedAt AS ingestedAt, a.parent AS parent, a.entityCount AS entityCount, a.relationCount AS relationCount';

const NEWEST_ARTICLES_FIRST = 'ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.ingestedAt DESC, a.id';

const EVIDENCE =
  'r.id AS id, s.id AS subject, type(r) AS predicate, o.id AS object, r.verb AS verb, r.confidence AS confidence, r.sentence AS sentence, r.sentenceStart AS sentenceStart, r.sentenceEnd AS sentenceEnd, r.attributes AS attributes, r.articleId AS articleId, a.title AS articleTitle, a.source AS source, a.url AS url, r.date AS date';

export const HEALTH = 'RETURN 1 AS ok';

// ── writes ──
export const ARTICLE_EXISTS = 'MATCH (a:Article {id: $id}) RETURN a.id AS id';
/** The ids among $ids that name a stored article (a uniqueness constraint backs each lookup). */
export const EXISTING_ARTICLE_IDS = 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id';
export const ENTITIES_BY_IDS = 'MATCH (e:Entity) WHERE e.id IN $ids RETURN e';
/** One MERGE per entity type: labels cannot be parameterised, so the text comes from the fixed vocabulary. */
export const UPSERT_ENTITIES = Object.fromEntries(
  ENTITY_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:${TYPE_LABELS[type]}, e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.articleCount = row.articleCount, e.mentionCount = row.mentionCount, e.firstSeen = row.firstSeen, e.lastSeen = row.lastSeen`,
  ]),
) as Record<EntityType, string>;
export const CREATE_ARTICLES = 'UNWIND $rows AS row CREATE (a:Article) SET a = row';
export const CREATE_MENTIONS = `UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {count: row.count, spanStarts: row.spanStarts, spanEnds: row.spanEnds}]->(e)`;
/** One CREATE per predicate: relationship types cannot be parameterised, so the text comes from the fixed vocabulary. */
export const CREATE_RELATIONS = Object.fromEntries(
  PREDICATE_NAMES.map((predicate) => [
    predicate,
    `UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (s)-[r:${predicate}]->(o)
SET r = row.properties`,
  ]),
) as Record<Predicate, string>;

// ── deletes ──
export const ARTICLE_ENTITY_IDS = 'MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity) RETURN e.id AS id';
export const DELETE_ARTICLE_RELATIONS = 'MATCH (:Article {id: $id})-[:MENTIONS]->(:Entity)-[r]->(:Entity) WHERE r.articleId = $id DELETE r';
export const DELETE_ARTICLE = 'MATCH (a:Article {id: $id}) DETACH DELETE a';
export const ENTITY_COUNTS_FROM_MENTIONS = `MATCH (e:Entity) WHERE e.id IN $ids
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
RETURN e.id AS id, count(a) AS articleCount, sum(m.count) AS mentionCount, min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen`;
export const SET_ENTITY_COUNTS = `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.articleCount = row.articleCount, e.mentionCount = row.mentionCount, e.firstSeen = row.firstSeen, e.lastSeen = row.lastSeen`;
export const DELETE_ENTITIES = 'MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e';

// ── reads ──
export const COUNT_ARTICLES = 'MATCH (a:Article) RETURN count(a) AS n';
export const COUNT_ENTITIES_BY_TYPE = 'MATCH (e:Entity) RETURN e.type AS key, count(e) AS n';
export const COUNT_RELATIONS_BY_PREDICATE = 'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(r) AS n';
export const COUNT_MENTIONS = 'MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN sum(m.count) AS n';
export const SEARCH_ENTITIES = `MATCH (e:Entity)
UNWIND [e.name] + coalesce(e.aliases, []) AS form
WITH e, toLower(form) AS form
WHERE form CONTAINS $q
WITH e, min(CASE WHEN form = $q THEN 0 WHEN form STARTS WITH $q THEN 1 ELSE 2 END) AS rank
RETURN e, rank ORDER BY rank, e.articleCount DESC, e.mentionCount DESC, e.name LIMIT $limit`;
export const TOP_ENTITIES = `MATCH (e:Entity)
OPTIONAL MATCH (e)-[r]-(:Entity)
WITH e, count(r) AS degree
RETURN e, degree ORDER BY degree DESC, e.articleCount DESC, e.mentionCount DESC, e.name LIMIT $limit`;
export const ENTITY = 'MATCH (e:Entity {id: $id}) RETURN e';
export const ENTITY_ARTICLES = `MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id}) RETURN ${ARTICLE_SUMMARY} ${NEWEST_ARTICLES_FIRST} LIMIT $limit`;
export const ENTITY_RELATION_COUNTS = 'MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN type(r) AS key, count(r) AS n';
export const EVIDENCE_BETWEEN = `MATCH (s:Entity {id: $subject})-[r]->(o:Entity {id: $object}) WHERE type(r) IN $predicates
MATCH (a:Article {id: r.articleId})
RETURN ${EVIDENCE}`;
export const LIST_ARTICLES = `MATCH (a:Article) RETURN ${ARTICLE_SUMMARY} ${NEWEST_ARTICLES_FIRST} SKIP $offset LIMIT $limit`;
export const ARTICLE = `MATCH (a:Article {id: $id}) RETURN ${ARTICLE_SUMMARY}, a.text AS text`;
export const ARTICLE_MENTIONS =
  'MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity) RETURN e.id AS entityId, e.name AS name, e.type AS type, m.spanStarts AS spanStarts, m.spanEnds AS spanEnds';
export const ARTICLE_RELATIONS = `MATCH (a:Article {id: $id})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity) WHERE r.articleId = $id RETURN ${EVIDENCE}`;
export const RELATION_ENDPOINTS = 'MATCH (s:Entity)-[r]->(o:Entity) WHERE r.id IN $ids RETURN r.id AS id, s, o';

// ── Explorer filters: filtered neighbourhoods, timeline dates, sources (params: store/relation-filter.ts) ──
const RELATION_FILTER =
  '($dated = false OR (r.date >= $from AND r.date <= $to)) AND type(r) IN $predicates AND ($bySource = false OR EXISTS { MATCH (x:Article {id: r.articleId}) WHERE x.source IN $sources })';
const EDGE_AGGREGATE =
  'a.id AS subject, type(r) AS predicate, b.id AS object, count(r) AS articleCount, min(r.date) AS firstDate, max(r.date) AS lastDate';
/** Filtered edges with an end in $ids whose other end has an allowed type; UNION drops the links counted from both ends. */
export const NEIGHBOR_LINKS = `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.type IN $types AND ${RELATION_FILTER} RETURN ${EDGE_AGGREGATE}
UNION
MATCH (a:Entity)-[r]->(b:Entity) WHERE b.id IN $ids AND a.type IN $types AND ${RELATION_FILTER} RETURN ${EDGE_AGGREGATE}`;
export const NEIGHBOR_EDGES = `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND ${RELATION_FILTER} RETURN ${EDGE_AGGREGATE}`;
export const RELATION_DATES = `MATCH (:Entity)-[r]->(:Entity) WHERE ${RELATION_FILTER} RETURN r.date AS date, count(r) AS n`;
export const RELATION_DATES_AMONG = `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND ${RELATION_FILTER} RETURN r.date AS date, count(r) AS n`;
/** The full names (two words or more) of the people stored, for resolving a later run's bare surnames. */
export const PERSON_NAMES = "MATCH (e:Entity) WHERE e.type = 'PERSON' AND e.name CONTAINS ' ' RETURN e.name AS name ORDER BY name";
export const SOURCES = 'MATCH (a:Article) WHERE a.source IS NOT NULL RETURN a.source AS name, count(a) AS n ORDER BY n DESC, name';

// ── Investigations (trace, paths, what's new): re-exported so the linter checks them with the rest ──
export * from './investigation-statements.js';

// ── Cypher console: schema (GET /api/schema) ──
export const SCHEMA_LABELS = 'CALL db.labels() YIELD label RETURN label';
export const SCHEMA_RELATIONSHIP_TYPES = 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type';
export const SCHEMA_PROPERTY_KEYS = 'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey';
export const SCHEMA_NODE_PROPERTIES = 'CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName RETURN nodeLabels, propertyName';
export const SCHEMA_REL_PROPERTIES = 'CALL db.schema.relTypeProperties() YIELD relType, propertyName RETURN relType, propertyName';
/** Label pairs each relationship type connects, from Neo4j's schema sample. */
export const SCHEMA_REL_ENDPOINTS = `CALL db.schema.visualization() YIELD relationships
UNWIND relationships AS r
RETURN type(r) AS type, labels(startNode(r)) AS source, labels(endNode(r)) AS target`;
