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
}

export interface QueryResult {
  columns: string[];
  /** Rows as plain JSON values; nodes and relationships become objects with `_id`, `_label`. */
  rows: Record<string, unknown>[];
  /** Every entity node and entity–entity relationship found in the rows, ready to draw. */
  graph: GraphPayload;
  summary: { rowCount: number; truncated: boolean; elapsedMs: number; store: 'kuzu' | 'neo4j' };
}
