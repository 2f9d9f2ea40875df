// The data model and the one wire format: extraction contract, stored records and graph payloads.
// The client imports these with `import type`; nothing here may pull in runtime code.

import type { EntityType, Predicate, RelationGroup } from './vocabulary.js';

export type { EntityType, Predicate, RelationGroup };

// ── Extraction contract (DESIGN.md, "Extraction contract") ───────────────────────────────────

/** A character range into an article's cleaned `text`: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractedEntity {
  /** Stable id, the same one the store uses (see loaders' entity-id). */
  id: string;
  /** Canonical name, without titles: "Vladimir Putin". */
  name: string;
  type: EntityType;
  /** Other surface forms seen for this entity ("Putin", "Vladimir Vladimirovich Putin"). */
  aliases: string[];
  mentions: Span[];
}

export interface ExtractedRelation {
  /** Entity id of the subject. */
  subject: string;
  predicate: Predicate;
  /** Entity id of the object. */
  object: string;
  /** The cue word as written ("calls", "rejected", "strikes"). */
  verb: string;
  /** Negated or hypothetical statements are marked and never stored as facts. */
  negated: boolean;
  /** 0..1 */
  confidence: number;
  /** The evidence sentence, equal to `text.slice(start, end)`. */
  sentence: string;
  start: number;
  end: number;
  /** Extra facts, e.g. `{ item: "drones" }` for SUPPLIES. */
  attributes: Record<string, string>;
}

/** A cleaned story ready for extraction: the article's metadata and body. */
export interface CleanArticle {
  /** From content (or given in JSON / JSONL input), so re-loading is a no-op. */
  id: string;
  /** The input path as given, or "<stdin>" for JSON Lines read from standard input. */
  file: string | null;
  /** Set when this story was split out of another file's "Related Articles" block. */
  parent: string | null;
  title: string;
  /** Publisher / outlet. */
  source: string | null;
  url: string | null;
  author: string | null;
  /** ISO date "YYYY-MM-DD", or null when unknown. */
  publishedAt: string | null;
  /** The cleaned body; every offset points into it. */
  text: string;
}

/** One article of the extraction contract: the clean article plus what was found in it. */
export interface ExtractedArticle extends CleanArticle {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

export interface ExtractionOutput {
  articles: ExtractedArticle[];
}

// ── Stored records, as the API returns them ─────────────────────────────────────────────────

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Number of articles that mention the entity. */
  articleCount: number;
  /** Number of mentions across all articles. */
  mentionCount: number;
  /** Earliest / latest `publishedAt` of the articles that mention it (ISO date or null). */
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  /** ISO timestamp of the load that stored it. */
  ingestedAt: string;
  parent: string | null;
  entityCount: number;
  relationCount: number;
}

/** One entity mention inside an article, for highlighting. */
export interface ArticleMention extends Span {
  entityId: string;
  name: string;
  type: EntityType;
}

/** One stored relationship: a fact stated by one article, with its evidence. */
export interface Evidence {
  /** Stable id of the stored relationship. */
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  verb: string;
  confidence: number;
  sentence: string;
  /** Offsets of `sentence` in the article's text. */
  start: number;
  end: number;
  attributes: Record<string, string>;
  articleId: string;
  articleTitle: string;
  source: string | null;
  url: string | null;
  /** The article's `publishedAt`. */
  date: string | null;
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  mentions: ArticleMention[];
  relations: Evidence[];
}

export interface EntityDetail extends EntitySummary {
  /** Articles that mention the entity, newest first (capped). */
  articles: ArticleSummary[];
  /** Number of relationships the entity takes part in, by predicate. */
  relationCounts: Partial<Record<Predicate, number>>;
}

// ── Graph payload: the one wire format for drawable graphs ──────────────────────────────────

export type GraphNode = EntitySummary;

/** All stored relationships with the same (subject, predicate, object), aggregated. */
export interface GraphEdge {
  /** `${subject}|${predicate}|${object}`: stable, and enough to ask for the evidence. */
  id: string;
  source: string;
  target: string;
  predicate: Predicate;
  group: RelationGroup;
  /** Number of distinct articles that state it. */
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when a cap cut the result; `limit` says which cap. */
  truncated: boolean;
}

export interface StoreStats {
  articles: number;
  entities: number;
  relations: number;
  mentions: number;
  entitiesByType: Partial<Record<EntityType, number>>;
  relationsByPredicate: Partial<Record<Predicate, number>>;
}

/** What writing one article did. */
export interface WriteResult {
  articleId: string;
  /** True when the article was already stored, so nothing changed. */
  skipped: boolean;
  entitiesAdded: number;
  relationsAdded: number;
}

export interface StoreHealth {
  store: 'kuzu' | 'neo4j';
  status: 'ok' | 'unavailable';
  detail?: string;
}

// ── Cypher results ──────────────────────────────────────────────────────────────────────────

export interface QueryOptions {
  /** Defaults to true: the engine refuses writes. */
  readOnly?: boolean;
  timeoutMs?: number;
  rowLimit?: number;
  /** Memory a read-only query may plan to use, in MiB (Kùzu refuses range() lists that would need more). */
  memoryMB?: number;
}

export interface QueryResult {
  columns: string[];
  /** Rows as plain JSON values; nodes and relationships become objects with `_id`, `_label`. */
  rows: Record<string, unknown>[];
  /** Every entity node and entity–entity relationship found in the rows, ready to draw. */
  graph: GraphPayload;
  summary: { rowCount: number; truncated: boolean; elapsedMs: number; store: 'kuzu' | 'neo4j' };
}

/** What a query writer can use on the active store: GET /api/schema. */
export interface StoreSchema {
  store: 'kuzu' | 'neo4j';
  /** Node labels (Kùzu node tables), with their property keys. */
  nodeLabels: { label: string; properties: string[] }[];
  /** Relationship types (Kùzu rel tables), with their property keys and endpoint labels. */
  relationshipTypes: { type: string; properties: string[]; from: string; to: string }[];
  /** Every property key in the graph, sorted. */
  propertyKeys: string[];
  /** Queries that run on the active store as written. */
  examples: { title: string; description: string; query: string; params?: Record<string, unknown> }[];
}

// ── Investigations ──────────────────────────────────────────────────────────────────────────

/** One contact in a trace, ranked by how strongly it connects to the traced entity. */
export interface TraceContact {
  entity: EntitySummary;
  /** Hop distance from the traced entity (1..3). */
  hop: number;
  /** Ranking score: corroborating articles, recency and relation kinds combined (higher is stronger). */
  score: number;
  /** Distinct articles behind the links on the contact's shortest chain to the traced entity. */
  articleCount: number;
  /** Predicates linking the contact to the entity one hop nearer the traced entity. */
  predicates: Predicate[];
  lastDate: string | null;
  /** The id of the entity one hop nearer the traced entity (the traced entity itself for ring 1). */
  via: string;
  /** True when the only tie is being mentioned in the same article (a weaker kind). */
  coMentionOnly: boolean;
}

/** GET /api/trace: the ego network, ringed by hop distance, with ranked contacts. */
export interface TraceResult {
  entity: EntitySummary;
  depth: number;
  graph: GraphPayload;
  contacts: TraceContact[];
}

/** One hop of a path: the aggregated edge and the evidence that states it. */
export interface PathHop {
  edge: GraphEdge;
  evidence: Evidence[];
}

/** GET /api/paths: the k shortest paths between two entities, each hop with evidence. */
export interface PathsResult {
  from: EntitySummary;
  to: EntitySummary;
  maxLength: number;
  /** Shortest first; empty when there is no connection within `maxLength` hops. */
  paths: { nodes: EntitySummary[]; hops: PathHop[] }[];
  graph: GraphPayload;
  /** Set when `paths` is empty: "No connection within 4 hops." */
  message?: string;
}

/** GET /api/whats-new: what the corpus learned since a date. */
export interface WhatsNewResult {
  /** ISO date the answer starts from (inclusive). */
  since: string;
  /** Entities first seen on or after `since`, newest first. */
  entities: EntitySummary[];
  /** Relations first stated on or after `since` (edges, newest first) and their endpoints, ready to draw. */
  graph: GraphPayload;
  /** True when a cap cut either list. */
  truncated: boolean;
}

// ── Explorer filters: timeline and sources ──────────────────────────────────────────────────

/** One outlet and how many stored articles come from it: GET /api/sources. */
export interface SourceSummary {
  name: string;
  articleCount: number;
}

/** One bar of the timeline: the relationships dated within [start, end] (ISO days, inclusive). */
export interface TimelineBucket {
  start: string;
  end: string;
  count: number;
}

/** GET /api/timeline: relationship counts per day or month, between the earliest and latest dates. */
export interface Timeline {
  unit: 'day' | 'month';
  /** Earliest and latest relationship dates; null when nothing is dated. */
  from: string | null;
  to: string | null;
  /** Contiguous, oldest first; empty periods are there with count 0. */
  buckets: TimelineBucket[];
  /** Dated relationships counted in the buckets. */
  total: number;
  /** Relationships without a date (shown under no bar). */
  undated: number;
}

/** Where a server-side load is: waiting behind others, writing, finished, or stopped by an error. */
export type LoadState = 'queued' | 'running' | 'done' | 'failed';

/** POST /api/articles (202) and GET /api/loads/:id: one server-side load and its progress. */
export interface LoadStatus {
  id: string;
  state: LoadState;
  /** ISO timestamps; null until the load reaches that point. */
  submittedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Articles in the request, and those handled so far (stored, already stored, or failed). */
  articlesTotal: number;
  articlesDone: number;
  articlesAdded: number;
  /** Articles already in the store, left unchanged. */
  articlesSkipped: number;
  entitiesAdded: number;
  relationsAdded: number;
  /** Articles that could not be loaded; `input` is the article's place in the request, e.g. `articles[3]`. */
  failures: { input: string; reason: string }[];
  /** Why the whole load stopped, when `state` is `failed`. */
  error: string | null;
}
