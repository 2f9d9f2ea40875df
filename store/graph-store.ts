// The one interface every part speaks to the graph database through; engines live in subfolders.

import type {
  ArticleDetail,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  Evidence,
  ExtractedArticle,
  GraphPayload,
  Predicate,
  QueryOptions,
  QueryResult,
  StoreHealth,
  StoreStats,
  WriteResult,
} from '../core/model.js';

export interface NeighborOptions {
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

export interface GraphStore {
  readonly kind: 'kuzu' | 'neo4j';

  /** Connects and creates the schema (tables or constraints) when missing. Idempotent. */
  open(): Promise<void>;
  close(): Promise<void>;
  health(): Promise<StoreHealth>;

  /**
   * Writes one article with its entities, mentions and relations in one transaction.
   * An article whose id is already stored is skipped, so re-loading changes nothing.
   * Relations marked `negated` are not stored.
   */
  writeArticle(article: ExtractedArticle): Promise<WriteResult>;
  /** Deletes an article, its mentions and its relationships; entity counts are updated. */
  deleteArticle(id: string): Promise<boolean>;

  stats(): Promise<StoreStats>;
  /** Entities whose name or an alias contains `query` (case-insensitive), most mentioned first. */
  searchEntities(query: string, limit: number): Promise<EntitySummary[]>;
  /** The most connected entities, for an empty search. */
  topEntities(limit: number): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntityDetail | null>;
  /** The entity and everything within `depth` hops over entity–entity relationships. */
  neighbors(id: string, options: NeighborOptions): Promise<GraphPayload>;
  /** Every stored relationship from `subject` to `object`, newest first. */
  evidence(query: EvidenceQuery): Promise<Evidence[]>;
  listArticles(options: ListArticlesOptions): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<ArticleDetail | null>;

  /** Runs user Cypher; read-only (engine-enforced) unless `readOnly: false`. */
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
}
