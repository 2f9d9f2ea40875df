// The Neo4j engine behind the GraphStore interface: one driver, managed transactions, batched $parameters.

import neo4j, { type Driver, type ManagedTransaction, type SessionMode } from 'neo4j-driver';
import type {
  ArticleDetail,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  EntityType,
  Evidence,
  ExtractedArticle,
  GraphPayload,
  Predicate,
  QueryOptions,
  QueryResult,
  SourceSummary,
  StoreHealth,
  StoreStats,
  WriteResult,
} from '../../core/model.js';
import { ForbiddenError, InvalidArgumentError, NotFoundError, TimeoutError, UnavailableError } from '../../core/errors.js';
import { PREDICATE_NAMES } from '../../core/vocabulary.js';
import type { DateCount, EvidenceQuery, GraphStore, ListArticlesOptions, NeighborOptions, OpenOptions, RelationDatesQuery } from '../graph-store.js';
import { expandNeighborhood, gatherGraph, type EdgeAggregate } from '../graph-assembly.js';
import { toDateCount, toSourceSummary } from '../filter-records.js';
import { checkRelationFilter, filteredEdges, linksFromAggregates, reachableTypes, relationFilterParams } from '../relation-filter.js';
import { countsByKey, newestEvidenceFirst, toArticleMentions, toArticleSummary, toEntitySummary, toEvidence, toStoreStats } from '../records.js';
import { ENTITY_ARTICLE_CAP, checkNeighborOptions, requireInteger, resolveQueryOptions } from '../store-arguments.js';
import { planArticle, type RelationRow } from '../write-plan.js';
import { batchKeys, planBatch, type BatchPlan } from '../batch-plan.js';
import { toPlainRow, withIntegers } from './neo4j-values.js';
import * as statements from './statements.js';
import type { PathsResult, TraceResult, WhatsNewResult } from '../../core/model.js';
import type { PathOptions, TraceOptions, WhatsNewOptions } from '../graph-store.js';
import { findPaths, relationTimeline, traceContacts, whatsNew, type InvestigationReader } from '../investigations.js';
import { neo4jInvestigationReader } from './investigation-reader.js';
import type { StoreSchema } from '../../core/model.js';
import { buildStoreSchema } from '../store-schema.js';
import { toNeo4jSchemaParts } from './neo4j-schema.js';

export interface Neo4jStoreOptions {
  /** Bolt URI, e.g. `neo4j://localhost:7687`. */
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Delays of the background reconnection (see OpenOptions): the first wait, doubled after each failure up to the last. */
  retryDelaysMs?: { first: number; max: number };
}

/** Reconnection waits: 1 s, 2 s, 4 s … up to 30 s. */
const RETRY_DELAYS_MS = { first: 1000, max: 30_000 };

/**
 * Driver settings: managed transactions (executeRead/executeWrite) retry transient errors and lost
 * connections for up to 15 s (the driver's default of 30 s would hold an HTTP request that long); a
 * connection attempt gives up after 5 s.
 */
const DRIVER_CONFIG = { maxTransactionRetryTime: 15_000, connectionTimeout: 5_000 };

type Row = Record<string, unknown>;

/** Neo4j as the system of record: Entity nodes carry their type as a second label, one relationship type per predicate. */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private driver: Driver | null = null;
  /** Why Neo4j cannot be used right now (null once connected), and the pending reconnection. */
  private outage: { reason: string; retry: NodeJS.Timeout | null; delayMs: number } | null = null;

  constructor(private readonly options: Neo4jStoreOptions) {
    if (!options.uri) throw new InvalidArgumentError('Neo4jStore: no `uri`. Set NEO4J_URI, e.g. neo4j://localhost:7687.');
  }

  async open(options: OpenOptions = {}): Promise<void> {
    if (this.driver) return;
    const driver = neo4j.driver(this.options.uri, neo4j.auth.basic(this.options.user, this.options.password), DRIVER_CONFIG);
    try {
      await this.connect(driver);
    } catch (error) {
      if (!options.retryInBackground) {
        await driver.close();
        throw new UnavailableError(`Neo4jStore: cannot reach Neo4j at ${this.options.uri}: ${messageOf(error)}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, and that the server is running.`);
      }
      this.driver = driver;
      this.startOutage(error);
      return;
    }
    this.driver = driver;
  }

  async close(): Promise<void> {
    if (this.outage?.retry) clearTimeout(this.outage.retry);
    this.outage = null;
    await this.driver?.close();
    this.driver = null;
  }

  /** Checks that Neo4j answers and creates the constraints and indexes when missing. */
  private async connect(driver: Driver): Promise<void> {
    await driver.verifyConnectivity({ database: this.options.database });
    for (const statement of statements.SCHEMA) {
      await this.withSession(driver, neo4j.session.WRITE, (session) => session.executeWrite((tx) => tx.run(statement)));
    }
  }

  /** Marks Neo4j unreachable, says so in the log, and reconnects in the background with exponential backoff. */
  private startOutage(error: unknown): void {
    if (this.outage) return;
    const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
    this.outage = { reason: messageOf(error), retry: null, delayMs: delays.first };
    console.error(`newsgraph: Neo4j at ${this.options.uri} is unreachable (${this.outage.reason}); serving anyway, health reports unavailable, retrying in the background.`);
    const attempt = () => {
      const outage = this.outage;
      const driver = this.driver;
      if (!outage || !driver) return;
      outage.retry = setTimeout(async () => {
        try {
          await this.connect(driver);
          if (this.outage !== outage) return;
          this.outage = null;
          console.error(`newsgraph: Neo4j at ${this.options.uri} is reachable again.`);
        } catch (retryError) {
          if (this.outage !== outage) return;
          outage.reason = messageOf(retryError);
          outage.delayMs = Math.min(outage.delayMs * 2, delays.max);
          attempt();
        }
      }, outage.delayMs);
      // A pending retry must not keep a finished CLI process alive.
      outage.retry.unref();
    };
    attempt();
  }

  /** The error every call answers while Neo4j is unreachable. */
  private unreachable(): UnavailableError {
    const seconds = Math.ceil((this.outage?.delayMs ?? 0) / 1000);
    return new UnavailableError(`Neo4j at ${this.options.uri} is unreachable; retrying in the background (next attempt within ${seconds} s). Start Neo4j or check NEO4J_URI. (${this.outage?.reason})`);
  }

  async health(): Promise<StoreHealth> {
    if (this.outage) return { store: 'neo4j', status: 'unavailable', detail: this.unreachable().message };
    try {
      await this.read((tx) => rows(tx, statements.HEALTH));
      return { store: 'neo4j', status: 'ok' };
    } catch (error) {
      return { store: 'neo4j', status: 'unavailable', detail: messageOf(error) };
    }
  }

  async writeArticle(article: ExtractedArticle): Promise<WriteResult> {
    const [result] = await this.writeArticles([article]);
    return result;
  }

  async writeArticles(articles: ExtractedArticle[]): Promise<WriteResult[]> {
    const plans = articles.map((article) => planArticle(article));
    const keys = batchKeys(plans);
    return this.write(async (tx) => {
      const storedArticles = await rows(tx, statements.EXISTING_ARTICLE_IDS, { ids: keys.articleIds });
      const storedEntities = await rows(tx, statements.ENTITIES_BY_IDS, { ids: keys.entityIds });
      const batch = planBatch(plans, {
        articleIds: new Set(storedArticles.map((row) => String(row.id))),
        entities: new Map(storedEntities.map((row) => toEntitySummary(row.e as Row)).map((entity) => [entity.id, entity])),
      });
      await writeBatch(tx, batch);
      return batch.results;
    });
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.write(async (tx) => {
      if ((await rows(tx, statements.ARTICLE_EXISTS, { id })).length === 0) return false;
      const ids = (await rows(tx, statements.ARTICLE_ENTITY_IDS, { id })).map((row) => String(row.id));
      await tx.run(statements.DELETE_ARTICLE_RELATIONS, { id });
      await tx.run(statements.DELETE_ARTICLE, { id });
      const counts = await rows(tx, statements.ENTITY_COUNTS_FROM_MENTIONS, { ids });
      const orphans = counts.filter((row) => Number(row.articleCount) === 0).map((row) => row.id);
      const kept = counts
        .filter((row) => Number(row.articleCount) > 0)
        .map((row) => withIntegers({ ...row, articleCount: Number(row.articleCount), mentionCount: Number(row.mentionCount ?? 0) }, ['articleCount', 'mentionCount']));
      await tx.run(statements.SET_ENTITY_COUNTS, { rows: kept });
      await tx.run(statements.DELETE_ENTITIES, { ids: orphans });
      return true;
    });
  }

  async stats(): Promise<StoreStats> {
    return this.read(async (tx) => {
      const articles = await rows(tx, statements.COUNT_ARTICLES);
      const byType = await rows(tx, statements.COUNT_ENTITIES_BY_TYPE);
      const byPredicate = await rows(tx, statements.COUNT_RELATIONS_BY_PREDICATE);
      const mentions = await rows(tx, statements.COUNT_MENTIONS);
      return toStoreStats({ articles, byType, byPredicate, mentions });
    });
  }

  async searchEntities(query: string, limit: number): Promise<EntitySummary[]> {
    requireInteger('searchEntities', 'limit', limit, 1);
    const q = query.trim().toLowerCase();
    if (q === '') return this.topEntities(limit);
    const found = await this.read((tx) => rows(tx, statements.SEARCH_ENTITIES, { q, limit: neo4j.int(limit) }));
    return found.map((row) => toEntitySummary(row.e as Row));
  }

  async topEntities(limit: number): Promise<EntitySummary[]> {
    requireInteger('topEntities', 'limit', limit, 1);
    const found = await this.read((tx) => rows(tx, statements.TOP_ENTITIES, { limit: neo4j.int(limit) }));
    return found.map((row) => toEntitySummary(row.e as Row));
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    return this.read(async (tx) => {
      const entity = await rows(tx, statements.ENTITY, { id });
      if (entity.length === 0) return null;
      const articles = await rows(tx, statements.ENTITY_ARTICLES, { id, limit: neo4j.int(ENTITY_ARTICLE_CAP) });
      const counts = await rows(tx, statements.ENTITY_RELATION_COUNTS, { id });
      return { ...toEntitySummary(entity[0].e as Row), articles: articles.map(toArticleSummary), relationCounts: countsByKey<Predicate>(counts) };
    });
  }

  async neighbors(id: string, options: NeighborOptions): Promise<GraphPayload> {
    const checked = checkNeighborOptions(options);
    return this.read(async (tx) => {
      if ((await rows(tx, statements.ENTITY, { id })).length === 0) {
        throw new NotFoundError(`neighbors: no entity with id \`${id}\`. Find the id with a search first.`);
      }
      const filter = relationFilterParams(checked);
      const { ids, truncated } = await expandNeighborhood(id, checked, async (frontier) =>
        linksFromAggregates((await rows(tx, statements.NEIGHBOR_LINKS, { ids: frontier, types: reachableTypes(checked), ...filter })) as unknown as EdgeAggregate[], checked.minArticles),
      );
      const nodes = await rows(tx, statements.ENTITIES_BY_IDS, { ids });
      const edges = await rows(tx, statements.NEIGHBOR_EDGES, { ids, ...filter });
      const order = new Map(ids.map((entityId, index) => [entityId, index]));
      return {
        nodes: nodes.map((row) => toEntitySummary(row.e as Row)).sort((a, b) => order.get(a.id)! - order.get(b.id)!),
        edges: filteredEdges(edges as unknown as EdgeAggregate[], checked.minArticles),
        truncated,
      };
    });
  }

  async evidence(query: EvidenceQuery): Promise<Evidence[]> {
    const predicates: Predicate[] = query.predicate ? [query.predicate] : PREDICATE_NAMES;
    const found = await this.read((tx) => rows(tx, statements.EVIDENCE_BETWEEN, { subject: query.subject, object: query.object, predicates }));
    return found.map(toEvidence).sort(newestEvidenceFirst);
  }

  async listArticles(options: ListArticlesOptions): Promise<ArticleSummary[]> {
    const limit = requireInteger('listArticles', 'limit', options.limit, 1);
    const offset = requireInteger('listArticles', 'offset', options.offset, 0);
    const found = await this.read((tx) => rows(tx, statements.LIST_ARTICLES, { limit: neo4j.int(limit), offset: neo4j.int(offset) }));
    return found.map(toArticleSummary);
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    return this.read(async (tx) => {
      const article = await rows(tx, statements.ARTICLE, { id });
      if (article.length === 0) return null;
      const mentions = await rows(tx, statements.ARTICLE_MENTIONS, { id });
      const relations = await rows(tx, statements.ARTICLE_RELATIONS, { id });
      return {
        ...toArticleSummary(article[0]),
        text: String(article[0].text ?? ''),
        mentions: toArticleMentions(mentions),
        relations: relations.map(toEvidence).sort((a, b) => a.start - b.start),
      };
    });
  }

  // ── Explorer filters ──

  async relationDates(query: RelationDatesQuery): Promise<DateCount[]> {
    const filter = relationFilterParams(checkRelationFilter('relationDates', query));
    const found = await this.read((tx) =>
      query.entityIds ? rows(tx, statements.RELATION_DATES_AMONG, { ids: query.entityIds, ...filter }) : rows(tx, statements.RELATION_DATES, { ...filter }),
    );
    return found.map(toDateCount);
  }

  async personNames(): Promise<string[]> {
    return (await this.read((tx) => rows(tx, statements.PERSON_NAMES))).map((row) => String(row.name));
  }

  async listSources(): Promise<SourceSummary[]> {
    return (await this.read((tx) => rows(tx, statements.SOURCES))).map(toSourceSummary);
  }

  // ── Cypher console: schema ──
  async schema(): Promise<StoreSchema> {
    const parts = await this.read(async (tx) =>
      toNeo4jSchemaParts({
        labels: await rows(tx, statements.SCHEMA_LABELS),
        relationshipTypes: await rows(tx, statements.SCHEMA_RELATIONSHIP_TYPES),
        propertyKeys: await rows(tx, statements.SCHEMA_PROPERTY_KEYS),
        nodeProperties: await rows(tx, statements.SCHEMA_NODE_PROPERTIES),
        relProperties: await rows(tx, statements.SCHEMA_REL_PROPERTIES),
        relEndpoints: await rows(tx, statements.SCHEMA_REL_ENDPOINTS),
      }),
    );
    return buildStoreSchema('neo4j', parts);
  }

  async query(cypher: string, params: Record<string, unknown> = {}, options?: QueryOptions): Promise<QueryResult> {
    const { readOnly, timeoutMs, rowLimit } = resolveQueryOptions(options);
    const driver = this.requireDriver();
    const started = performance.now();
    const work = async (tx: ManagedTransaction) => {
      const result = tx.run(cypher, params);
      const found: Row[] = [];
      let truncated = false;
      for await (const record of result) {
        if (found.length >= rowLimit) {
          truncated = true;
          break;
        }
        found.push(toPlainRow(record.toObject()));
      }
      const columns = (await result.keys()).map(String);
      return { rows: found, columns, truncated };
    };
    const config = { timeout: timeoutMs };
    let result: { rows: Row[]; columns: string[]; truncated: boolean };
    try {
      result = await this.withSession(driver, readOnly ? neo4j.session.READ : neo4j.session.WRITE, (session) =>
        readOnly ? session.executeRead(work, config) : session.executeWrite(work, config),
      );
    } catch (error) {
      if (isConnectionLost(error)) {
        this.startOutage(error);
        throw this.unreachable();
      }
      throw translateQueryError(error);
    }
    const graph = await gatherGraph(result.rows, result.truncated, async (relationshipIds) => {
      const found = await this.read((tx) => rows(tx, statements.RELATION_ENDPOINTS, { ids: relationshipIds }));
      return new Map(found.map((row) => [String(row.id), { subject: toEntitySummary(row.s as Row), object: toEntitySummary(row.o as Row) }]));
    });
    return {
      columns: result.columns,
      rows: result.rows,
      graph,
      summary: { rowCount: result.rows.length, truncated: result.truncated, elapsedMs: Math.round(performance.now() - started), store: 'neo4j' },
    };
  }

  // ── Investigations: the logic is engine-neutral (store/investigations.ts), the statements Neo4j's ──
  private readonly investigations: InvestigationReader = neo4jInvestigationReader(
    (statement, params) => this.read((tx) => rows(tx, statement, params)),
    (query) => this.evidence(query),
  );

  trace(id: string, options: TraceOptions): Promise<TraceResult> {
    return traceContacts(this.investigations, id, options);
  }

  paths(from: string, to: string, options: PathOptions): Promise<PathsResult> {
    return findPaths(this.investigations, from, to, options);
  }

  relationTimeline(a: string, b: string): Promise<Evidence[]> {
    return relationTimeline(this.investigations, a, b);
  }

  whatsNew(since: string, options: WhatsNewOptions): Promise<WhatsNewResult> {
    return whatsNew(this.investigations, since, options);
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.managed(neo4j.session.READ, (session) => session.executeRead(work));
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.managed(neo4j.session.WRITE, (session) => session.executeWrite(work));
  }

  /**
   * Runs a managed transaction (the driver retries transient errors within DRIVER_CONFIG's time); when the
   * connection is lost for good, starts the background reconnection and answers UnavailableError.
   */
  private async managed<T>(mode: SessionMode, work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    try {
      return await this.withSession(this.requireDriver(), mode, work);
    } catch (error) {
      if (!isConnectionLost(error)) throw error;
      this.startOutage(error);
      throw this.unreachable();
    }
  }

  /** Opens a short-lived session, always closed afterwards. */
  private async withSession<T>(driver: Driver, mode: SessionMode, work: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const session = driver.session({ database: this.options.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }

  private requireDriver(): Driver {
    if (!this.driver) throw new UnavailableError('Neo4jStore: the store is not open. Call open() first.');
    if (this.outage) throw this.unreachable();
    return this.driver;
  }
}

/** Writes a planned batch inside the caller's transaction, one `UNWIND $rows` statement per label, table and predicate. */
async function writeBatch(tx: ManagedTransaction, batch: BatchPlan): Promise<void> {
  const byType = new Map<EntityType, Row[]>();
  for (const entity of batch.entities) {
    // A stored entity keeps its type (and so its label); the merged record says which one.
    byType.set(entity.type, [...(byType.get(entity.type) ?? []), withIntegers(entity, ['articleCount', 'mentionCount'])]);
  }
  for (const [type, entityRows] of byType) await tx.run(statements.UPSERT_ENTITIES[type], { rows: entityRows });
  if (batch.articles.length > 0) {
    await tx.run(statements.CREATE_ARTICLES, { rows: batch.articles.map((article) => withIntegers(article, ['entityCount', 'relationCount'])) });
  }
  if (batch.mentions.length > 0) {
    await tx.run(statements.CREATE_MENTIONS, { rows: batch.mentions.map((mention) => withIntegers(mention, ['count', 'spanStarts', 'spanEnds'])) });
  }
  for (const [predicate, relations] of batch.relationsByPredicate) await tx.run(statements.CREATE_RELATIONS[predicate], { rows: relations.map(relationRow) });
}

function relationRow(relation: RelationRow): Row {
  const { subject, object, predicate: _predicate, ...properties } = relation;
  return { subject, object, properties: withIntegers(properties, ['sentenceStart', 'sentenceEnd']) };
}

async function rows(tx: ManagedTransaction, statement: string, params: Row = {}): Promise<Row[]> {
  const result = await tx.run(statement, params);
  return result.records.map((record) => toPlainRow(record.toObject()));
}

/** Translates a Neo4j error from user Cypher into our error classes, keeping the server's message. */
function translateQueryError(error: unknown): Error {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message = messageOf(error);
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden' || /in read access mode/i.test(message)) {
    return new ForbiddenError(`query: the console is read-only; this statement writes. (${message})`);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new TimeoutError('query: the query ran past its time limit and was stopped. Narrow it (add LIMIT, fewer hops) and try again.');
  }
  if (code.startsWith('Neo.ClientError.Statement.')) {
    const position = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
    return new InvalidArgumentError(`query: ${message}`, {
      engineMessage: message,
      code,
      ...(position ? { line: Number(position[1]), column: Number(position[2]), offset: Number(position[3]) } : {}),
    });
  }
  return error instanceof Error ? error : new Error(message);
}

/** True for the driver's errors that mean Neo4j cannot be reached (after its own retries). */
function isConnectionLost(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
