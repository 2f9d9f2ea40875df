// The one interface every part speaks to the graph database through; engines live in subfolders.

import type {
  ArticleDetail,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  Evidence,
  ExtractedArticle,
  GraphPayload,
  PathsResult,
  Predicate,
  QueryOptions,
  QueryResult,
  SourceSummary,
  StoreHealth,
  StoreSchema,
  StoreStats,
  TraceResult,
  WhatsNewResult,
  WriteResult,
} from '../core/model.js';
import type { EntityType } from '../core/vocabulary.js';
import type { RelationFilter } from './relation-filter.js';

export type { RelationFilter } from './relation-filter.js';

/** A neighbourhood request; the relation filter (dates, predicates, types, evidence, sources) is optional. */
export interface NeighborOptions extends RelationFilter {
  /** Hops from the entity, 1..3. */
  depth: number;
  /** Cap on the number of nodes returned (the entity itself included). */
  limit: number;
}

export interface ListArticlesOptions {
  limit: number;
  offset: number;
}

export interface EvidenceQuery {
  subject: string;
  object: string;
  /** When absent, every predicate between the two (in this direction) is returned. */
  predicate?: Predicate;
}

// ── Explorer filters: timeline dates and the source list ──

/** Which relationships a timeline counts: among `entityIds` when given (else the whole corpus), of these predicates and sources. */
export interface RelationDatesQuery {
  entityIds?: string[];
  predicates?: Predicate[];
  sources?: string[];
}

/** How many stored relationships carry one date (null: undated). */
export interface DateCount {
  date: string | null;
  count: number;
}

// ── Investigations (trace, paths, relationship timeline, what's new): store/investigations.ts ──

export interface TraceOptions {
  /** Hops from the entity, 1..3. */
  depth: number;
  /** Cap on the number of contacts returned. */
  limit: number;
  /** Only relations with these predicates count; all when absent. */
  predicates?: Predicate[];
  /** Only contacts of these types; all when absent. */
  types?: EntityType[];
  /** Only relations (and co-mentions) dated within [from, to] (ISO dates, inclusive) count. */
  from?: string;
  to?: string;
  /** Also tie entities mentioned in the same article (a weaker kind); off by default. */
  includeCoMentions?: boolean;
}

export interface PathOptions {
  /** Number of paths wanted, shortest first. */
  k: number;
  /** Longest path considered, in hops. */
  maxLength: number;
  /** Follow relations only from subject to object; false (the default) ignores direction. */
  directed?: boolean;
}

export interface WhatsNewOptions {
  /** Cap on entities and on relations returned. */
  limit: number;
}

/** How a bulk first load runs (GraphStore.copyIntoEmptyStore). */
export interface CopyLoadOptions {
  /** Folder for the staged import files, removed afterwards; default: the OS temporary folder. It needs room for about the articles' texts. */
  stagingFolder?: string;
  /** Called as each table's import starts, for progress. */
  onCopy?: (table: string) => void;
}

/** How `open()` treats a database server it cannot reach. */
export interface OpenOptions {
  /**
   * The server keeps running without the database: open() resolves, logs the problem, and reconnects in the
   * background with exponential backoff; until then health() reports `unavailable` and every call fails
   * with UnavailableError. Embedded stores have no server and ignore it.
   */
  retryInBackground?: boolean;
}

export interface GraphStore {
  readonly kind: 'kuzu' | 'neo4j';

  /**
   * Connects and creates the schema (tables or constraints) when missing. Idempotent. With
   * `retryInBackground`, a database server that cannot be reached does not fail the call (see OpenOptions).
   */
  open(options?: OpenOptions): Promise<void>;
  close(): Promise<void>;
  health(): Promise<StoreHealth>;

  /**
   * Writes one article with its entities, mentions and relations in one transaction.
   * An article whose id is already stored is skipped, so re-loading changes nothing.
   * Relations marked `negated` are not stored.
   */
  writeArticle(article: ExtractedArticle): Promise<WriteResult>;
  /**
   * Writes several articles in one transaction, in order, as `writeArticle` would one by one (an
   * article stored before, or earlier in the list, is skipped): all of them, or none when any fails.
   */
  writeArticles(articles: ExtractedArticle[]): Promise<WriteResult[]>;
  /**
   * Optional: writes a first load into an empty store with the engine's bulk import, ending exactly as
   * `writeArticles` in any batches would; one result per article, an Error for an article that cannot
   * be stored (the others go on). Throws ConflictError (`conflict`) when the store is not empty and
   * UnavailableError (`unavailable`) when the import failed, leaving the store empty, so that the caller
   * can write the articles with `writeArticles` instead. Kùzu implements it with COPY (the whole Reuters corpus's
   * writes in about 6 s instead of 142 s); Neo4j does not, as its batched `UNWIND` writes are
   * already its fast path (its bulk importer needs the server stopped).
   */
  copyIntoEmptyStore?(articles: ExtractedArticle[], options?: CopyLoadOptions): Promise<(WriteResult | Error)[]>;
  /** Deletes an article, its mentions and its relationships; entity counts are updated. */
  deleteArticle(id: string): Promise<boolean>;

  stats(): Promise<StoreStats>;
  /** Entities whose name or an alias contains `query` (case-insensitive), most mentioned first. */
  searchEntities(query: string, limit: number): Promise<EntitySummary[]>;
  /** The most connected entities, for an empty search. */
  topEntities(limit: number): Promise<EntitySummary[]>;
  /**
   * The names of the stored people named in full (two words or more), sorted: a load resolves a bare
   * surname ("President Zelensky") to one of them, so a later run's surname joins an earlier run's person.
   */
  personNames(): Promise<string[]>;
  getEntity(id: string): Promise<EntityDetail | null>;
  /** The entity and everything within `depth` hops over entity–entity relationships. */
  neighbors(id: string, options: NeighborOptions): Promise<GraphPayload>;
  /** Every stored relationship from `subject` to `object`, newest first. */
  evidence(query: EvidenceQuery): Promise<Evidence[]>;
  listArticles(options: ListArticlesOptions): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<ArticleDetail | null>;

  /** Relationship counts per date (unordered), for the timeline. */
  relationDates(query: RelationDatesQuery): Promise<DateCount[]>;
  /** Every article source with its number of articles, most articles first. */
  listSources(): Promise<SourceSummary[]>;

  /** Runs user Cypher; read-only (engine-enforced) unless `readOnly: false`. */
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;

  // ── Cypher console: schema ──
  /** Labels (node tables), relationship types with endpoints, property keys and example queries for the console. */
  schema(): Promise<StoreSchema>;

  // ── Investigations ──
  /** The ego network of `id` ringed by hop distance, contacts ranked by strength (formula in store/investigations.ts). */
  trace(id: string, options: TraceOptions): Promise<TraceResult>;
  /** The k shortest paths between two entities, each hop with its evidence; empty `paths` when none within `maxLength`. */
  paths(from: string, to: string, options: PathOptions): Promise<PathsResult>;
  /** Everything the corpus says between two entities, in either direction, newest first. */
  relationTimeline(a: string, b: string): Promise<Evidence[]>;
  /** Entities and relations first seen on or after `since` (ISO date). */
  whatsNew(since: string, options: WhatsNewOptions): Promise<WhatsNewResult>;
}
