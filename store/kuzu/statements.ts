// Every Cypher statement the Kùzu store sends (Kùzu dialect), by name; values always go in as $parameters.

import { PREDICATE_NAMES, type Predicate } from '../../core/vocabulary.js';
import { keyLookupStatement } from './key-lookup.js';

// Kùzu crashes the process on an empty list bound straight into `IN $list`, so lists are CAST first.
const IDS = 'CAST($ids AS STRING[])';
/**
 * Entities picked by table offset (key-lookup.ts's nodeOffset). Measured on the 1M-relationship bench
 * graph: `offset(id(a)) IN $offsets` filters 150 entities in ~15 ms where `a.id IN $ids` takes ~70 ms,
 * and a pattern filtered on both ends that way found the edges among 150 entities 1.5–2× faster.
 */
export const OFFSETS = 'CAST($offsets AS INT64[])';

const RELATION_PROPERTIES =
  'id STRING, articleId STRING, verb STRING, confidence DOUBLE, sentence STRING, sentenceStart INT64, sentenceEnd INT64, date STRING, attributes STRING';

/** The schema, created on open; every statement is idempotent. */
export const SCHEMA = [
  'CREATE NODE TABLE IF NOT EXISTS Entity(id STRING PRIMARY KEY, name STRING, type STRING, aliases STRING[], articleCount INT64, mentionCount INT64, firstSeen STRING, lastSeen STRING)',
  'CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, title STRING, source STRING, url STRING, author STRING, publishedAt STRING, ingestedAt STRING, text STRING, parent STRING, file STRING, entityCount INT64, relationCount INT64)',
  'CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Article TO Entity, count INT64, spanStarts INT64[], spanEnds INT64[])',
  ...PREDICATE_NAMES.map((predicate) => `CREATE REL TABLE IF NOT EXISTS ${predicate}(FROM Entity TO Entity, ${RELATION_PROPERTIES})`),
];

const ARTICLE_SUMMARY =
  'a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.author AS author, a.publishedAt AS publishedAt, a.ingestedAt AS ingestedAt, a.parent AS parent, a.entityCount AS entityCount, a.relationCount AS relationCount';

const NEWEST_ARTICLES_FIRST = 'ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.ingestedAt DESC, a.id';

/** The evidence columns of relationship `r` from `s` to `o`, without its article's (see EVIDENCE). */
export const RELATION_EVIDENCE =
  'r.id AS id, s.id AS subject, label(r) AS predicate, o.id AS object, r.verb AS verb, r.confidence AS confidence, r.sentence AS sentence, r.sentenceStart AS sentenceStart, r.sentenceEnd AS sentenceEnd, r.attributes AS attributes, r.articleId AS articleId, r.date AS date';
/** The evidence columns (relationship `r` from `s` to `o`, article `a`), as records.ts's toEvidence reads them. */
export const EVIDENCE = `${RELATION_EVIDENCE}, a.title AS articleTitle, a.source AS source, a.url AS url`;

// One relationship per (subject, predicate, object, article), so count(r) counts articles. (Kùzu also
// returns null for min/max when count(DISTINCT …) shares their aggregation.)
const EDGE_AGGREGATE =
  'a.id AS subject, label(r) AS predicate, b.id AS object, count(r) AS articleCount, min(r.date) AS firstDate, max(r.date) AS lastDate';

export const HEALTH = 'RETURN 1 AS ok';

// ── writes ──
export const ARTICLE_EXISTS = 'MATCH (a:Article) WHERE a.id = $id RETURN a.id AS id';
/** Entities by primary key, one batch (key-lookup.ts): column `e`. */
export const ENTITY_LOOKUP = keyLookupStatement('Entity', 'n AS e');
/** The evidence columns of articles by primary key, one batch (key-lookup.ts). */
export const ARTICLE_LOOKUP = keyLookupStatement('Article', 'n.id AS articleId, n.title AS articleTitle, n.source AS source, n.url AS url');
// A batch of articles is written as rows built by row-params.ts (which says why lists carry a
// placeholder first element and fractional numbers travel as text): nodes to create with one
// `UNWIND $rows` statement each, rows that must find nodes by key with single-row statements joined
// by keyed-rows.ts (why: see there). `field` is `row.x` in the former, `$x` in the latter.
/** A list field without its placeholder first element, typed. */
const LIST_FIELD = (field: string, type: 'STRING' | 'INT64') => `CAST(${field}[2:] AS ${type}[])`;
const ENTITY_FIELDS = ['name', 'type', 'aliases', 'articleCount', 'mentionCount', 'firstSeen', 'lastSeen'];
const entityValue = (from: 'row.' | '$', field: string) => (field === 'aliases' ? LIST_FIELD(`${from}aliases`, 'STRING') : `${from}${field}`);
export const CREATE_ENTITIES = `UNWIND $rows AS row CREATE (:Entity {id: row.id, ${ENTITY_FIELDS.map((field) => `${field}: ${entityValue('row.', field)}`).join(', ')}})`;
/** One stored entity's new record (keyed-rows.ts template). */
export const UPDATE_ENTITY = `MATCH (e:Entity {id: $id}) SET ${ENTITY_FIELDS.map((field) => `e.${field} = ${entityValue('$', field)}`).join(', ')} RETURN 1 AS written`;
export const CREATE_ARTICLES = `UNWIND $rows AS row
CREATE (:Article {id: row.id, title: row.title, source: row.source, url: row.url, author: row.author, publishedAt: row.publishedAt, ingestedAt: row.ingestedAt, text: row.text, parent: row.parent, file: row.file, entityCount: row.entityCount, relationCount: row.relationCount})`;
/** One MENTIONS relationship (keyed-rows.ts template). */
export const CREATE_MENTION = `MATCH (a:Article {id: $articleId}), (e:Entity {id: $entityId})
CREATE (a)-[:MENTIONS {count: $count, spanStarts: ${LIST_FIELD('$spanStarts', 'INT64')}, spanEnds: ${LIST_FIELD('$spanEnds', 'INT64')}}]->(e) RETURN 1 AS written`;
/** One relationship (keyed-rows.ts template) per predicate: relationship tables cannot be parameterised, so the text comes from the fixed vocabulary. */
export const CREATE_RELATION = Object.fromEntries(
  PREDICATE_NAMES.map((predicate) => [
    predicate,
    `MATCH (s:Entity {id: $subject}), (o:Entity {id: $object})
CREATE (s)-[:${predicate} {id: $id, articleId: $articleId, verb: $verb, confidence: CAST($confidence AS DOUBLE), sentence: $sentence, sentenceStart: $sentenceStart, sentenceEnd: $sentenceEnd, date: $date, attributes: $attributes}]->(o) RETURN 1 AS written`,
  ]),
) as Record<Predicate, string>;

// ── a first load into an empty store, by bulk COPY (store/kuzu/copy-files.ts stages the CSV files) ──
/** Any node at all: none means the store is empty. */
export const ANY_NODE = 'MATCH (n) RETURN n.id AS id LIMIT 1';
/** A file path as a Cypher string literal (paths are ours: a temporary folder). */
const fileLiteral = (file: string) => `'${file.replace(/['\\]/g, '\\$&')}'`;
/** Every entity of a first load, from its staged CSV file (copy-files.ts): the aliases field is split on `separator` (ALIAS_SEPARATOR); an empty field is no alias. */
export const COPY_ENTITIES = (file: string, options: string, separator: string) =>
  `COPY Entity FROM (LOAD WITH HEADERS (id STRING, name STRING, type STRING, aliases STRING, articleCount INT64, mentionCount INT64, firstSeen STRING, lastSeen STRING) FROM ${fileLiteral(file)} (${options})
RETURN id, name, type, CASE WHEN aliases = '' THEN CAST([] AS STRING[]) ELSE string_split(aliases, '${separator}') END, articleCount, mentionCount, firstSeen, lastSeen)`;
/** COPY of one staged CSV file into its table (names and paths are ours, never user input). */
export const COPY_FROM_FILE = (table: string, file: string, options: string) => `COPY ${table} FROM ${fileLiteral(file)} (${options})`;

// ── deletes ──
export const ARTICLE_ENTITY_IDS = 'MATCH (a:Article {id: $id})-[:MENTIONS]->(e:Entity) RETURN e.id AS id';
export const DELETE_ARTICLE_RELATIONS = 'MATCH (a:Article {id: $id})-[:MENTIONS]->(:Entity)-[r]->(:Entity) WHERE r.articleId = $id DELETE r';
export const DELETE_ARTICLE = 'MATCH (a:Article {id: $id}) DETACH DELETE a';
export const ENTITY_COUNTS_FROM_MENTIONS = `MATCH (e:Entity) WHERE e.id IN ${IDS} OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e) RETURN e.id AS id, count(a) AS articleCount, sum(m.count) AS mentionCount, min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen`;
export const SET_ENTITY_COUNTS =
  'MATCH (e:Entity {id: $id}) SET e.articleCount = $articleCount, e.mentionCount = $mentionCount, e.firstSeen = $firstSeen, e.lastSeen = $lastSeen';
export const DELETE_ENTITY = 'MATCH (e:Entity {id: $id}) DETACH DELETE e';

// ── reads ──
export const COUNT_ARTICLES = 'MATCH (a:Article) RETURN count(a) AS n';
export const COUNT_ENTITIES_BY_TYPE = 'MATCH (e:Entity) RETURN e.type AS key, count(e) AS n';
export const COUNT_RELATIONS_BY_PREDICATE = 'MATCH (:Entity)-[r]->(:Entity) RETURN label(r) AS key, count(r) AS n';
export const COUNT_MENTIONS = 'MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN sum(m.count) AS n';
// Kùzu mis-evaluates several list lambdas (`any(x IN list WHERE …)`) in one query, so aliases are unwound instead.
// Measured on the 100,000-entity bench graph: unwinding every entity's forms costs ~55 ms, so a scan of
// each entity's forms joined in one string picks the candidates first (~40 ms in all); the unwind then
// drops the few whose match only spans two forms.
export const SEARCH_ENTITIES = `MATCH (e:Entity) WHERE lower(e.name) CONTAINS $q OR (e.aliases IS NOT NULL AND lower(list_to_string('\\n', e.aliases)) CONTAINS $q)
WITH e, CASE WHEN e.aliases IS NULL THEN [e.name] ELSE list_append(e.aliases, e.name) END AS forms
UNWIND forms AS form
WITH e, lower(form) AS form
WHERE form CONTAINS $q
WITH e, min(CASE WHEN form = $q THEN 0 WHEN starts_with(form, $q) THEN 1 ELSE 2 END) AS rank
RETURN e, rank ORDER BY rank, e.articleCount DESC, e.mentionCount DESC, e.name LIMIT $limit`;
export const TOP_ENTITIES = `MATCH (e:Entity) OPTIONAL MATCH (e)-[r]-(:Entity)
WITH e, count(r) AS degree
RETURN e, degree ORDER BY degree DESC, e.articleCount DESC, e.mentionCount DESC, e.name LIMIT $limit`;
export const ENTITY = 'MATCH (e:Entity {id: $id}) RETURN e';
export const ENTITY_ARTICLES = `MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id}) RETURN ${ARTICLE_SUMMARY} ${NEWEST_ARTICLES_FIRST} LIMIT $limit`;
export const ENTITY_RELATION_COUNTS = 'MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN label(r) AS key, count(r) AS n';
export const EVIDENCE_BETWEEN = `MATCH (s:Entity {id: $subject})-[r]->(o:Entity {id: $object}) WHERE label(r) IN CAST($predicates AS STRING[])
MATCH (a:Article) WHERE a.id = r.articleId
RETURN ${EVIDENCE}`;
/**
 * The first `$upTo` articles, newest first; the store drops the first `offset` itself. Measured (kuzu
 * 0.11.3): `ORDER BY … SKIP n` with n beyond the rows crashed the process (a segmentation fault at
 * SKIP 8,000 on two articles, after a few such queries), while `ORDER BY … LIMIT n` is safe.
 */
export const LIST_ARTICLES = `MATCH (a:Article) RETURN ${ARTICLE_SUMMARY} ${NEWEST_ARTICLES_FIRST} LIMIT $upTo`;
export const ARTICLE = `MATCH (a:Article {id: $id}) RETURN ${ARTICLE_SUMMARY}, a.text AS text`;
export const ARTICLE_MENTIONS =
  'MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity) RETURN e.id AS entityId, e.name AS name, e.type AS type, m.spanStarts AS spanStarts, m.spanEnds AS spanEnds';
export const ARTICLE_RELATIONS = `MATCH (a:Article {id: $id})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity) WHERE r.articleId = $id RETURN ${EVIDENCE}`;
export const RELATION_ENDPOINTS = `MATCH (s:Entity)-[r]->(o:Entity) WHERE r.id IN CAST($ids AS STRING[]) RETURN r.id AS id, s, o`;

// ── Explorer filters: filtered neighbourhoods, timeline dates, sources (params: store/relation-filter.ts) ──
const RELATION_FILTER = '($dated = false OR (r.date >= $from AND r.date <= $to)) AND label(r) IN CAST($predicates AS STRING[])';
// Measured: Kùzu loses the parameters of an EXISTS subquery when the outer WHERE has parameters too, so the source is a join.
const SOURCE_FILTER = 'MATCH (x:Article) WHERE x.id = r.articleId AND ($bySource = false OR x.source IN CAST($sources AS STRING[]))';
// Measured on the 1M-relationship bench graph (one hub: 1.5 s before, ~30 ms after): Kùzu 0.11 only
// starts from the frontier when it filters the first node of the pattern in the first WHERE, and every other
// condition comes after `WITH a, r, b` (so the contacts walk both directions in one undirected pattern:
// `(a)-[r]->(b) WHERE b.id IN …` starts from every entity, 350 ms). The Article join costs as much
// again, so it is made only when sources are filtered.
function neighborStatements(sourceFilter: string) {
  return {
    /**
     * The `$limit` entities of an allowed type most strongly tied to the entities at $offsets (any of
     * them may be among those), strongest first, each with one of its ends there and its weight: the
     * articles behind its filtered edges (subject, predicate, object) there that have at least
     * $minArticles. Aggregated here because a frontier of hubs has tens of thousands of contacts (3 s
     * to hand them all over, 0.5 s to rank them).
     */
    contacts: `MATCH (a:Entity)-[r]-(b:Entity) WHERE offset(id(a)) IN ${OFFSETS}
WITH a, r, b WHERE b.type IN CAST($types AS STRING[]) AND ${RELATION_FILTER} ${sourceFilter}
WITH a, b, label(r) AS predicate, id(start_node(r)) = id(a) AS outgoing, count(r) AS articles WHERE articles >= $minArticles
RETURN min(a.id) AS source, b.id AS target, offset(id(b)) AS targetOffset, sum(articles) AS weight ORDER BY weight DESC, target LIMIT $limit`,
    /** Filtered edges among the entities at $offsets. */
    edges: `MATCH (a:Entity)-[r]->(b:Entity) WHERE offset(id(a)) IN ${OFFSETS} AND offset(id(b)) IN ${OFFSETS}
WITH a, r, b WHERE ${RELATION_FILTER} ${sourceFilter} RETURN ${EDGE_AGGREGATE}`,
  };
}
/** A neighbourhood's statements without a source filter: they take the filter parameters but `bySource` and `sources`. */
export const NEIGHBORS = neighborStatements('');
/** A neighbourhood's statements with a source filter: they take every filter parameter. */
export const NEIGHBORS_BY_SOURCE = neighborStatements(SOURCE_FILTER);
export const RELATION_DATES = `MATCH (:Entity)-[r]->(:Entity) WHERE ${RELATION_FILTER} ${SOURCE_FILTER} RETURN r.date AS date, count(r) AS n`;
export const RELATION_DATES_AMONG = `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN ${IDS} AND b.id IN ${IDS} AND ${RELATION_FILTER} ${SOURCE_FILTER} RETURN r.date AS date, count(r) AS n`;
/** The full names (two words or more) of the people stored, for resolving a later run's bare surnames. */
export const PERSON_NAMES = "MATCH (e:Entity) WHERE e.type = 'PERSON' AND e.name CONTAINS ' ' RETURN e.name AS name ORDER BY name";
export const SOURCES = 'MATCH (a:Article) WHERE a.source IS NOT NULL RETURN a.source AS name, count(a) AS n ORDER BY n DESC, name';

// ── The in-memory adjacency index (adjacency-index.ts), read whole ──
/** Every entity's table offset, id and type ('' when missing: `collect` drops NULLs), as three aligned lists in one row. */
export const ADJACENCY_ENTITIES = "MATCH (e:Entity) RETURN collect(offset(id(e))) AS offsets, collect(e.id) AS ids, collect(coalesce(e.type, '')) AS types";
/**
 * `[predicate]`: the table offsets of both ends and the date of every relationship of that table, aligned.
 * Measured on the 1M-relationship bench graph: Kùzu's Node binding hands over ~35,000 values a second as
 * rows (39 s for all relationships), while a list or one joined string per column is converted at once:
 * offsets joined as text (numbers only, so a comma cannot occur) took 0.2 s for three tables, lists of
 * dates (any text, so not joined) about as much again. `collect` leaves NULLs out, which would shift
 * the dates against the ends, so each date comes prefixed with '=' and a missing one as ''.
 */
export const ADJACENCY_RELATIONS = Object.fromEntries(
  PREDICATE_NAMES.map((predicate) => [
    predicate,
    `MATCH (a:Entity)-[r:${predicate}]->(b:Entity) RETURN list_to_string(',', collect(offset(id(a)))) AS subjects, list_to_string(',', collect(offset(id(b)))) AS objects, collect(CASE WHEN r.date IS NULL THEN '' ELSE concat('=', r.date) END) AS dates`,
  ]),
) as Record<Predicate, string>;

// ── Cypher console: schema (GET /api/schema) ──
export const SHOW_TABLES = 'CALL show_tables() RETURN name, type';
// Kùzu's table functions take literals only ("$t has type PARAMETER but LITERAL was expected"); names come from show_tables.
const tableLiteral = (table: string) => `'${table.replace(/['\\]/g, '\\$&')}'`;
/** The property names of one node or rel table. */
export const TABLE_PROPERTIES = (table: string) => `CALL table_info(${tableLiteral(table)}) RETURN name`;
/** The endpoint tables of one rel table. */
export const REL_ENDPOINTS = (table: string) =>
  `CALL show_connection(${tableLiteral(table)}) RETURN \`source table name\` AS source, \`destination table name\` AS target`;
