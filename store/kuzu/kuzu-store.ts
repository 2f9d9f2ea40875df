// The embedded Kùzu engine behind the GraphStore interface: on-disk database, one table per predicate.

import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import kuzu, { type Database } from 'kuzu';
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
  SourceSummary,
  StoreHealth,
  StoreStats,
  WriteResult,
  PathsResult,
  TraceResult,
  WhatsNewResult,
} from '../../core/model.js';
import { ConflictError, ForbiddenError, InvalidArgumentError, isNewsgraphError, NotFoundError, TimeoutError, UnavailableError } from '../../core/errors.js';
import { PREDICATE_NAMES } from '../../core/vocabulary.js';
import type { CopyLoadOptions, DateCount, EvidenceQuery, GraphStore, ListArticlesOptions, NeighborOptions, RelationDatesQuery } from '../graph-store.js';
import { expandNeighborhood, gatherGraph, toAdjacentLink, type AdjacentLink, type EdgeAggregate } from '../graph-assembly.js';
import { toDateCount, toSourceSummary } from '../filter-records.js';
import { checkRelationFilter, filteredEdges, reachableTypes, relationFilterParams } from '../relation-filter.js';
import { countsByKey, newestEvidenceFirst, toArticleMentions, toArticleSummary, toEntitySummary, toEvidence, toStoreStats } from '../records.js';
import { ENTITY_ARTICLE_CAP, checkNeighborOptions, requireInteger, resolveQueryOptions } from '../store-arguments.js';
import { planArticle } from '../write-plan.js';
import { batchKeys, planBatch, type BatchPlan } from '../batch-plan.js';
import { planFirstLoad } from '../first-load-plan.js';
import { ALIAS_SEPARATOR, CSV_COPY_OPTIONS, stageCopyFiles } from './copy-files.js';
import { SerialQueue } from '../../core/serial-queue.js';
import { articleParams, entityParams, mentionParams, relationParams } from './row-params.js';
import { writeKeyedRows } from './keyed-rows.js';
import { KuzuLane } from './kuzu-lane.js';
import { AdjacencyCache } from './adjacency-cache.js';
import type { AdjacencyIndex } from './adjacency-index.js';
import { lookUpKeys, nodeOffset } from './key-lookup.js';
import { refuseOutsideClauses } from './read-only-guard.js';
import { refuseOverBudget } from './memory-guard.js';
import { refuseMissingParams, refuseUnbindableParams } from './param-guard.js';
import { refuseSkip } from './skip-guard.js';
import * as statements from './statements.js';
import { findPaths, relationTimeline, traceContacts, whatsNew, type InvestigationReader } from '../investigations.js';
import { kuzuInvestigationReader } from './investigation-reader.js';
import type { PathOptions, TraceOptions, WhatsNewOptions } from '../graph-store.js';
import type { StoreSchema } from '../../core/model.js';
import { buildStoreSchema } from '../store-schema.js';
import { kuzuErrorPosition } from './error-position.js';
import { withRowCap } from './result-cap.js';
import { claimStore, isLockedError, releaseStore, storeInUseError } from './store-owner.js';

export interface KuzuStoreOptions {
  /** Folder of the on-disk database; parent folders are created. */
  path: string;
  /** Kùzu's buffer pool in bytes (it would otherwise take most of the machine's memory). */
  bufferPoolBytes: number;
}

/** Connections serving the store's own reads; each runs one query at a time. */
const READ_LANES = 2;

/**
 * Rows written between two explicit checkpoints. Measured: committed writes pile up in the buffer
 * pool until a checkpoint (a 256 MiB pool gave out after ~30,000 single-row statements);
 * checkpointing keeps it flat. A checkpoint costs 1 s on a store of 2,000 Reuters articles and 4 s
 * on the whole corpus: every 2,000 rows it took 8.4 s of a 14.7 s write of 2,000 articles; every
 * 20,000 rows, 32 s of the 144 s write of the whole corpus; every 60,000 rows, 139 s (Kùzu then
 * checkpointing inside COMMIT more often, peak RSS 923 MB with a 512 MiB pool); with none, 130 s and 845 MB.
 * The few seconds are not worth leaving the pool to Kùzu's own schedule.
 */
const CHECKPOINT_EVERY_ROWS = 20_000;

/** The default store: Kùzu embedded in the process, no server needed. */
export class KuzuStore implements GraphStore {
  readonly kind = 'kuzu' as const;
  private database: Database | null = null;
  private writer: KuzuLane | null = null;
  private readers: KuzuLane[] = [];
  private console: KuzuLane | null = null;
  private nextReader = 0;
  private rowsSinceCheckpoint = 0;
  /** The relationships in memory for neighbourhoods, traces and paths (adjacency-cache.ts); a new one per open, as the files may have changed meanwhile. */
  private adjacency = this.newAdjacencyCache();

  constructor(private readonly options: KuzuStoreOptions) {
    requireInteger('KuzuStore', 'bufferPoolBytes', options.bufferPoolBytes, 1);
  }

  async open(): Promise<void> {
    if (this.database) return;
    const path = resolve(this.options.path);
    mkdirSync(dirname(path), { recursive: true });
    try {
      const database = new kuzu.Database(path, this.options.bufferPoolBytes);
      await database.init();
      this.database = database;
    } catch (error) {
      if (isLockedError(error)) throw storeInUseError(path);
      throw new UnavailableError(`KuzuStore: cannot open the database at ${path}: ${messageOf(error)}. Check the path and its permissions.`);
    }
    claimStore(path);
    this.adjacency = this.newAdjacencyCache();
    const lane = () => new KuzuLane(new kuzu.Connection(this.database!));
    this.writer = lane();
    this.readers = Array.from({ length: READ_LANES }, lane);
    this.console = lane();
    await this.writer.exclusive(async (writer) => {
      for (const statement of statements.SCHEMA) await writer.rows(statement);
    });
  }

  async close(): Promise<void> {
    const database = this.database;
    if (!database) return;
    const lanes = [this.writer!, this.console!, ...this.readers];
    // Wait for queued work, then close connections before the database (Kùzu crashes otherwise).
    await Promise.all(lanes.map((lane) => lane.exclusive(async () => lane.connection.close())));
    await database.close();
    releaseStore(resolve(this.options.path));
    this.database = null;
    this.writer = null;
    this.console = null;
    this.readers = [];
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.read(statements.HEALTH);
      return { store: 'kuzu', status: 'ok' };
    } catch (error) {
      return { store: 'kuzu', status: 'unavailable', detail: messageOf(error) };
    }
  }

  async writeArticle(article: ExtractedArticle): Promise<WriteResult> {
    const [result] = await this.writeArticles([article]);
    return result;
  }

  async writeArticles(articles: ExtractedArticle[]): Promise<WriteResult[]> {
    const plans = articles.map((article) => planArticle(article));
    const keys = batchKeys(plans);
    return this.inWriteTransaction(async (writer) => {
      // The lookups share the write connection, which runs one statement at a time.
      const queue = new SerialQueue();
      const lookUp = (statement: string, params?: Record<string, unknown>) => queue.run(async () => (await writer.rows(statement, params)).rows);
      const storedArticles = await lookUpKeys(lookUp, statements.ARTICLE_LOOKUP, keys.articleIds);
      const storedEntities = await lookUpKeys(lookUp, statements.ENTITY_LOOKUP, keys.entityIds);
      const batch = planBatch(plans, {
        articleIds: new Set(storedArticles.map((row) => String(row.articleId))),
        entities: new Map(storedEntities.map((row) => toEntitySummary(row.e as Record<string, unknown>)).map((entity) => [entity.id, entity])),
      });
      await this.writeBatch(writer, batch);
      return batch.results;
    });
  }

  /**
   * Writes a first load into the empty store with Kùzu's bulk COPY: the articles are planned at once
   * (store/first-load-plan.ts), the rows staged as CSV files in a temporary folder, and every table
   * COPYed in one transaction, then checkpointed. The store ends exactly as writing the articles with
   * writeArticles in any batches would. Throws ConflictError when the store is not empty, and
   * UnavailableError when the COPY failed; the store is then still empty (the transaction never
   * commits: measured, a failed COPY ends it and nothing of it stays, on disk either).
   */
  async copyIntoEmptyStore(articles: ExtractedArticle[], options: CopyLoadOptions = {}): Promise<(WriteResult | Error)[]> {
    const plan = planFirstLoad(articles);
    const { batch } = plan;
    const folder = await mkdtemp(join(options.stagingFolder ?? tmpdir(), 'newsgraph-copy-'));
    try {
      const staged = await stageCopyFiles(folder, batch);
      await this.adjacency.whileWriting(() =>
        this.lanes().writer.exclusive(async (writer) => {
          if (!(await isEmpty(writer))) {
            throw new ConflictError('copyIntoEmptyStore: the store already holds articles; COPY only loads an empty store. Write with writeArticles instead.');
          }
          await writer.run('BEGIN TRANSACTION');
          try {
            for (const { table, file } of staged) {
              options.onCopy?.(table);
              await writer.rows(table === 'Entity' ? statements.COPY_ENTITIES(file, CSV_COPY_OPTIONS, ALIAS_SEPARATOR) : statements.COPY_FROM_FILE(table, file, CSV_COPY_OPTIONS));
            }
            await writer.run('COMMIT');
          } catch (error) {
            // Kùzu has usually ended the transaction itself after a failed COPY.
            await writer.run('ROLLBACK').catch(() => undefined);
            if (!(await isEmpty(writer))) {
              throw new UnavailableError(`copyIntoEmptyStore: the COPY failed (${messageOf(error)}) and left rows behind. Delete the database folder and load again.`);
            }
            throw new UnavailableError(`copyIntoEmptyStore: the COPY failed and nothing was stored: ${messageOf(error)}`);
          }
          this.rowsSinceCheckpoint = 0;
          await writer.run('CHECKPOINT');
        }),
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    return plan.results;
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.inWriteTransaction(async (writer) => {
      if ((await writer.rows(statements.ARTICLE_EXISTS, { id })).rows.length === 0) return false;
      const ids = (await writer.rows(statements.ARTICLE_ENTITY_IDS, { id })).rows.map((row) => String(row.id));
      await writer.rows(statements.DELETE_ARTICLE_RELATIONS, { id });
      await writer.rows(statements.DELETE_ARTICLE, { id });
      const { rows } = await writer.rows(statements.ENTITY_COUNTS_FROM_MENTIONS, { ids });
      this.rowsSinceCheckpoint += 2 + rows.length;
      for (const row of rows) {
        if (Number(row.articleCount) === 0) {
          await writer.rows(statements.DELETE_ENTITY, { id: row.id });
        } else {
          await writer.rows(statements.SET_ENTITY_COUNTS, {
            id: row.id,
            articleCount: Number(row.articleCount),
            mentionCount: Number(row.mentionCount ?? 0),
            firstSeen: row.firstSeen ?? null,
            lastSeen: row.lastSeen ?? null,
          });
        }
      }
      return true;
    });
  }

  async stats(): Promise<StoreStats> {
    const [articles, byType, byPredicate, mentions] = await Promise.all([
      this.read(statements.COUNT_ARTICLES),
      this.read(statements.COUNT_ENTITIES_BY_TYPE),
      this.read(statements.COUNT_RELATIONS_BY_PREDICATE),
      this.read(statements.COUNT_MENTIONS),
    ]);
    return toStoreStats({ articles, byType, byPredicate, mentions });
  }

  async searchEntities(query: string, limit: number): Promise<EntitySummary[]> {
    requireInteger('searchEntities', 'limit', limit, 1);
    const q = query.trim().toLowerCase();
    if (q === '') return this.topEntities(limit);
    const rows = await this.read(statements.SEARCH_ENTITIES, { q, limit });
    return rows.map((row) => toEntitySummary(row.e as Record<string, unknown>));
  }

  async topEntities(limit: number): Promise<EntitySummary[]> {
    requireInteger('topEntities', 'limit', limit, 1);
    const rows = await this.read(statements.TOP_ENTITIES, { limit });
    return rows.map((row) => toEntitySummary(row.e as Record<string, unknown>));
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const [entity, articles, counts] = await Promise.all([
      this.read(statements.ENTITY, { id }),
      this.read(statements.ENTITY_ARTICLES, { id, limit: ENTITY_ARTICLE_CAP }),
      this.read(statements.ENTITY_RELATION_COUNTS, { id }),
    ]);
    if (entity.length === 0) return null;
    return {
      ...toEntitySummary(entity[0].e as Record<string, unknown>),
      articles: articles.map(toArticleSummary),
      relationCounts: countsByKey(counts),
    };
  }

  async neighbors(id: string, options: NeighborOptions): Promise<GraphPayload> {
    const checked = checkNeighborOptions(options);
    // The index holds no sources: a source-filtered neighbourhood is always read by the statements.
    const index = checked.sources ? null : this.adjacency.current();
    const reads = index ? indexedNeighborhood(index, id, checked) : await this.statementNeighborhood(id, checked);
    const { ids, truncated } = await expandNeighborhood(id, checked, reads.contacts);
    const [nodes, edges] = await Promise.all([lookUpKeys((statement, params) => this.read(statement, params), statements.ENTITY_LOOKUP, ids), reads.edgesAmong(ids)]);
    const order = new Map(ids.map((entityId, index) => [entityId, index]));
    return {
      nodes: nodes.map((row) => toEntitySummary(row.e as Record<string, unknown>)).sort((a, b) => order.get(a.id)! - order.get(b.id)!),
      edges: filteredEdges(edges, checked.minArticles),
      truncated,
    };
  }

  /** Builds the in-memory adjacency index now (reads build it in the background otherwise); false when a write overlapped the build. */
  async buildAdjacencyIndex(): Promise<boolean> {
    this.lanes();
    return (await this.adjacency.build()) !== null;
  }

  /** A neighbourhood's reads through the NEIGHBORS statements (any filter; the only way with sources). */
  private async statementNeighborhood(id: string, checked: NeighborOptions): Promise<NeighborhoodReads> {
    const [start] = await this.read(statements.ENTITY, { id });
    if (!start) throw missingNeighborsEntity(id);
    // Kùzu refuses parameters a statement does not use, and only the source-filtered statements use the source ones.
    const { bySource, sources, ...evidence } = relationFilterParams(checked);
    const [neighborhood, filter] = bySource ? [statements.NEIGHBORS_BY_SOURCE, { ...evidence, bySource, sources }] : [statements.NEIGHBORS, evidence];
    const contactParams = { types: reachableTypes(checked), minArticles: checked.minArticles ?? 1, limit: contactLimit(checked), ...filter };
    // The statements pick entities by table offset (statements.OFFSETS); each contact row brings its own.
    const offsets = new Map([[id, nodeOffset(start.e as Record<string, unknown>)]]);
    return {
      contacts: async (frontier) => {
        const rows = await this.read(neighborhood.contacts, { offsets: frontier.map((entityId) => offsets.get(entityId)!), ...contactParams });
        for (const row of rows) offsets.set(String(row.target), Number(row.targetOffset));
        return rows.map(toAdjacentLink);
      },
      edgesAmong: async (ids) => (await this.read(neighborhood.edges, { offsets: ids.map((entityId) => offsets.get(entityId)!), ...filter })) as unknown as EdgeAggregate[],
    };
  }

  async evidence(query: EvidenceQuery): Promise<Evidence[]> {
    const predicates: Predicate[] = query.predicate ? [query.predicate] : PREDICATE_NAMES;
    const rows = await this.read(statements.EVIDENCE_BETWEEN, { subject: query.subject, object: query.object, predicates });
    return rows.map(toEvidence).sort(newestEvidenceFirst);
  }

  async listArticles(options: ListArticlesOptions): Promise<ArticleSummary[]> {
    const limit = requireInteger('listArticles', 'limit', options.limit, 1);
    const offset = requireInteger('listArticles', 'offset', options.offset, 0);
    return (await this.read(statements.LIST_ARTICLES, { upTo: offset + limit })).slice(offset).map(toArticleSummary);
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const [article, mentions, relations] = await Promise.all([
      this.read(statements.ARTICLE, { id }),
      this.read(statements.ARTICLE_MENTIONS, { id }),
      this.read(statements.ARTICLE_RELATIONS, { id }),
    ]);
    if (article.length === 0) return null;
    return {
      ...toArticleSummary(article[0]),
      text: String(article[0].text ?? ''),
      mentions: toArticleMentions(mentions),
      relations: relations.map(toEvidence).sort((a, b) => a.start - b.start),
    };
  }

  // ── Explorer filters ──

  async relationDates(query: RelationDatesQuery): Promise<DateCount[]> {
    const filter = relationFilterParams(checkRelationFilter('relationDates', query));
    const rows = query.entityIds
      ? await this.read(statements.RELATION_DATES_AMONG, { ids: query.entityIds, ...filter })
      : await this.read(statements.RELATION_DATES, filter);
    return rows.map(toDateCount);
  }

  async personNames(): Promise<string[]> {
    return (await this.read(statements.PERSON_NAMES)).map((row) => String(row.name));
  }

  async listSources(): Promise<SourceSummary[]> {
    return (await this.read(statements.SOURCES)).map(toSourceSummary);
  }

  // ── Cypher console: schema ──
  async schema(): Promise<StoreSchema> {
    const tables = await this.read(statements.SHOW_TABLES);
    const describe = async (table: Record<string, unknown>) => {
      const name = String(table.name);
      const properties = (await this.read(statements.TABLE_PROPERTIES(name))).map((row) => String(row.name));
      if (table.type !== 'REL') return { node: { label: name, properties } };
      const [ends] = await this.read(statements.REL_ENDPOINTS(name));
      return { rel: { type: name, properties, from: String(ends?.source ?? ''), to: String(ends?.target ?? '') } };
    };
    const described = await Promise.all(tables.filter((table) => table.type === 'NODE' || table.type === 'REL').map(describe));
    return buildStoreSchema('kuzu', {
      nodeLabels: described.flatMap((item) => (item.node ? [item.node] : [])),
      relationshipTypes: described.flatMap((item) => (item.rel ? [item.rel] : [])),
    });
  }

  async query(cypher: string, params: Record<string, unknown> = {}, options?: QueryOptions): Promise<QueryResult> {
    const { readOnly } = resolveQueryOptions(options);
    // A console write may change any relationship, so it drops the adjacency index like the store's own writes.
    return readOnly ? this.runQuery(cypher, params, options) : this.adjacency.whileWriting(() => this.runQuery(cypher, params, options));
  }

  private async runQuery(cypher: string, params: Record<string, unknown>, options: QueryOptions | undefined): Promise<QueryResult> {
    const { readOnly, timeoutMs, rowLimit, memoryMB } = resolveQueryOptions(options);
    refuseUnbindableParams(params);
    refuseMissingParams(cypher, params);
    refuseSkip(cypher);
    if (readOnly) {
      refuseOutsideClauses(cypher);
      refuseOverBudget(cypher, params, memoryMB);
    }
    const started = performance.now();
    const lane = readOnly ? this.lanes().console : this.lanes().writer;
    const result = await lane.exclusive(async (connectionLane) => {
      connectionLane.connection.setQueryTimeout(timeoutMs);
      if (readOnly) await connectionLane.run('BEGIN TRANSACTION READ ONLY');
      try {
        return await readCapped(connectionLane, cypher, params, rowLimit);
      } catch (error) {
        throw translateQueryError(error, cypher);
      } finally {
        // A user statement may itself have ended the transaction; then there is nothing to roll back.
        if (readOnly) await connectionLane.run('ROLLBACK').catch(() => undefined);
      }
    });
    const graph = await gatherGraph(result.rows, result.truncated, async (relationshipIds) => {
      const rows = await this.read(statements.RELATION_ENDPOINTS, { ids: relationshipIds });
      return new Map(rows.map((row) => [String(row.id), { subject: toEntitySummary(row.s as Record<string, unknown>), object: toEntitySummary(row.o as Record<string, unknown>) }]));
    });
    return {
      columns: result.columns,
      rows: result.rows,
      graph,
      summary: { rowCount: result.rows.length, truncated: result.truncated, elapsedMs: Math.round(performance.now() - started), store: 'kuzu' },
    };
  }

  // ── Investigations: the logic is engine-neutral (store/investigations.ts), the statements Kùzu's ──
  private readonly investigations: InvestigationReader = kuzuInvestigationReader(
    (statement, params) => this.read(statement, params),
    (query) => this.evidence(query),
    () => this.adjacency.current(),
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

  /** Writes a planned batch inside the caller's transaction: nodes first, then the relationships that match them. */
  private async writeBatch(writer: KuzuLane, batch: BatchPlan): Promise<void> {
    const keyed = (statement: string, params: Record<string, unknown>) => writer.rows(statement, params).then((result) => result.rows);
    const entities = entityParams(batch.entities);
    await writeRows(writer, statements.CREATE_ENTITIES, entities.filter((row) => batch.newEntityIds.has(String(row.id))));
    await writeKeyedRows(keyed, statements.UPDATE_ENTITY, entities.filter((row) => !batch.newEntityIds.has(String(row.id))));
    await writeRows(writer, statements.CREATE_ARTICLES, articleParams(batch.articles));
    await writeKeyedRows(keyed, statements.CREATE_MENTION, mentionParams(batch.mentions));
    let relations = 0;
    for (const [predicate, rows] of batch.relationsByPredicate) {
      await writeKeyedRows(keyed, statements.CREATE_RELATION[predicate], relationParams(rows));
      relations += rows.length;
    }
    this.rowsSinceCheckpoint += entities.length + batch.articles.length + batch.mentions.length + relations;
  }

  /** Runs `work` in one write transaction on the write connection, one at a time; ROLLBACK on any failure. */
  private inWriteTransaction<T>(work: (writer: KuzuLane) => Promise<T>): Promise<T> {
    const lane = this.lanes().writer;
    return this.adjacency.whileWriting(() => lane.exclusive(async (writer) => {
      await writer.run('BEGIN TRANSACTION');
      try {
        const result = await work(writer);
        await writer.run('COMMIT');
        if (this.rowsSinceCheckpoint >= CHECKPOINT_EVERY_ROWS) {
          this.rowsSinceCheckpoint = 0;
          await writer.run('CHECKPOINT');
        }
        return result;
      } catch (error) {
        // Kùzu has already rolled back after some engine errors; the original error is the one to report.
        await writer.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
    }));
  }

  /** Runs one of the store's own read statements on the next read connection. */
  private read(statement: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    const readers = this.lanes().readers;
    const lane = readers[this.nextReader++ % readers.length];
    return lane.exclusive(async (reader) => (await reader.rows(statement, params)).rows);
  }

  private newAdjacencyCache(): AdjacencyCache {
    return new AdjacencyCache((statement, params) => this.read(statement, params));
  }

  private lanes(): { writer: KuzuLane; readers: KuzuLane[]; console: KuzuLane } {
    if (!this.database) throw new UnavailableError('KuzuStore: the store is not open. Call open() first.');
    return { writer: this.writer!, readers: this.readers, console: this.console! };
  }
}

/** How a neighbourhood walk reads: the contacts of a frontier, and the edges among the kept entities. */
interface NeighborhoodReads {
  contacts: (frontier: string[]) => Promise<AdjacentLink[]>;
  edgesAmong: (ids: string[]) => Promise<EdgeAggregate[]>;
}

/** A neighbourhood's reads from the adjacency index: the same answers as the NEIGHBORS statements, without a source filter. */
function indexedNeighborhood(index: AdjacencyIndex, id: string, checked: NeighborOptions): NeighborhoodReads {
  if (!index.has(id)) throw missingNeighborsEntity(id);
  const evidence = relationFilterParams(checked);
  const contactFilter = { ...evidence, types: reachableTypes(checked), minArticles: checked.minArticles ?? 1 };
  return {
    contacts: async (frontier) => index.contacts(frontier, contactFilter, contactLimit(checked)),
    edgesAmong: async (ids) => index.edgesAmong(ids, evidence),
  };
}

/**
 * Contacts read per hop: the kept entities (at most `limit`) may rank among them, so `limit + 1` still
 * hold every one the walk can take plus one to tell it that more were left out.
 */
function contactLimit(checked: NeighborOptions): number {
  return checked.limit + 1;
}

function missingNeighborsEntity(id: string): NotFoundError {
  return new NotFoundError(`neighbors: no entity with id \`${id}\`. Find the id with a search first.`);
}

/** Runs user Cypher with the row cap pushed into it (see result-cap.ts). */
async function readCapped(lane: KuzuLane, cypher: string, params: Record<string, unknown>, rowLimit: number) {
  const capped = withRowCap(cypher, rowLimit);
  try {
    return await lane.rows(capped, params, rowLimit, { cache: false });
  } catch (error) {
    // A parse error may point at the appended LIMIT: the user's own text then gives the error to report.
    // Only parse errors: measured, they leave the read-only transaction open, while a binder error ends it.
    if (capped === cypher || !/^Parser exception/.test(messageOf(error))) throw error;
    return await lane.rows(cypher, params, rowLimit, { cache: false });
  }
}

/** Translates an engine error from user Cypher into our error classes, keeping the engine's message and position. */
function translateQueryError(error: unknown, cypher: string): Error {
  const message = messageOf(error);
  if (/read-only transaction/i.test(message)) {
    return new ForbiddenError(`query: the console is read-only; this statement writes. (${message})`);
  }
  if (/\bInterrupted\b/.test(message)) {
    return new TimeoutError('query: the query ran past its time limit and was stopped. Narrow it (add LIMIT, fewer hops) and try again.');
  }
  if (/^Buffer manager exception/.test(message)) {
    return new InvalidArgumentError(
      `query: the query needs more memory than the database's buffer pool (NEWSGRAPH_KUZU_BUFFER_MB) holds. Return fewer rows (LIMIT), use fewer hops, or filter earlier. (${message})`,
      { engineMessage: message },
    );
  }
  if (/exception:/i.test(message)) return new InvalidArgumentError(`query: ${message}`, { engineMessage: message, ...kuzuErrorPosition(message, cypher) });
  const unused = /Parameter (\S*) not found/.exec(message);
  if (unused) {
    return new InvalidArgumentError(`query: parameter \`${unused[1]}\` is not used by the query, and Kùzu refuses unused parameters. Remove it, or use it as $${unused[1]}.`, { engineMessage: message });
  }
  if (isNewsgraphError(error)) return error;
  // Anything else the engine says about user Cypher is about that query, not a fault of the server.
  return new InvalidArgumentError(`query: ${message.replace(/^Error: /, '')}`, { engineMessage: message });
}

/** Whether the store holds no node at all (so no relationship either). */
async function isEmpty(writer: KuzuLane): Promise<boolean> {
  return (await writer.rows(statements.ANY_NODE)).rows.length === 0;
}

/** Runs one of statements' `UNWIND $rows` writes; none for no rows (Kùzu cannot bind an empty list). */
async function writeRows(writer: KuzuLane, statement: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length > 0) await writer.rows(statement, { rows });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
