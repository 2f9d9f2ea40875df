// Typed client of the newsgraph JSON API: one function per endpoint, errors as ApiError.

import type {
  ArticleDetail,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  Evidence,
  GraphPayload,
  LoadStatus,
  PathsResult,
  Predicate,
  QueryResult,
  SourceSummary,
  StoreHealth,
  StoreSchema,
  StoreStats,
  Timeline,
  TraceResult,
  WhatsNewResult,
} from '../../core/model.js';
import type { ServerFilter } from './filters.js';
import type { UploadRequest } from './add-articles/upload-batches.js';
import type { TraceSettings } from './investigate/investigation.js';

/** An API failure with the server's stable error id (`not_found`, `unavailable`, ...). */
export class ApiError extends Error {
  readonly id: string;
  readonly status: number;
  /** What the server added to the message, e.g. the `position` of a Cypher error. */
  readonly details?: Record<string, unknown>;

  constructor(id: string, message: string, status: number, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.id = id;
    this.status = status;
    this.details = details;
  }
}

// Arrays become repeated parameters (`?sources=a&sources=b`).
type Query = Record<string, string | number | readonly string[] | undefined>;

/** True when the error comes from an aborted request (a newer one replaced it). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) value.forEach((item) => params.append(key, item));
    else if (value !== undefined) params.set(key, String(value));
  }
  const url = params.size > 0 ? `${path}?${params}` : path;
  return requestJson<T>(path, url, { headers: { accept: 'application/json' }, signal });
}

/** Fetches `url` and returns its JSON body; failures become ApiError with the server's id, message and details. */
async function requestJson<T>(path: string, url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError('unavailable', 'Cannot reach the newsgraph server. Check that `newsgraph serve` is running, then retry.', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const failure = (body as { error?: { id?: string; message?: string; details?: Record<string, unknown> } } | null)?.error;
    throw new ApiError(
      failure?.id ?? 'unavailable',
      failure?.message ?? `The server answered ${response.status} ${response.statusText} for ${path}.`,
      response.status,
      failure?.details,
    );
  }
  if (body === null) {
    throw new ApiError('unavailable', `The server sent a response for ${path} that is not JSON.`, response.status);
  }
  return body as T;
}

// ── Cypher console (issue 5): POST with a JSON body ──

async function postJson<T>(path: string, body: unknown, signal?: AbortSignal, headers: Record<string, string> = {}): Promise<T> {
  return requestJson<T>(path, path, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal });
}

/** The JSON API, one method per endpoint. */
export const api = {
  /** Store kind and whether it answers. */
  health: (): Promise<StoreHealth> => getJson('/api/health'),

  /** Counts of articles, entities, relations and mentions. */
  stats: (): Promise<StoreStats> => getJson('/api/stats'),

  /** Entities whose name or alias contains `q`; an empty `q` gives the most connected ones. */
  search: async (q: string, limit: number, signal?: AbortSignal): Promise<EntitySummary[]> =>
    (await getJson<{ results: EntitySummary[] }>('/api/search', { q, limit }, signal)).results,

  /** One entity with its articles and relation counts. */
  entity: (id: string, signal?: AbortSignal): Promise<EntityDetail> =>
    getJson(`/api/entities/${encodeURIComponent(id)}`, {}, signal),

  /** The entity's neighbourhood within `depth` hops, capped at `limit` nodes; `offset` pages direct neighbours ("show more"). */
  neighbors: (id: string, depth: number, limit: number, offset?: number, signal?: AbortSignal, filter: ServerFilter = {}): Promise<GraphPayload> =>
    getJson(`/api/entities/${encodeURIComponent(id)}/neighbors`, { depth, limit, offset: offset || undefined, ...filter }, signal),

  // ── Explorer filters: timeline and sources ──

  /** Relation counts per day or month for an entity's neighbourhood, or the whole corpus without `entity`. */
  timeline: (query: { entity?: string; depth?: number; sources?: string[] }, signal?: AbortSignal): Promise<Timeline> =>
    getJson('/api/timeline', query, signal),

  /** Every source (outlet) with its number of articles. */
  sources: async (): Promise<SourceSummary[]> => (await getJson<{ sources: SourceSummary[] }>('/api/sources')).sources,

  /** Every stored statement from `subject` to `object`, optionally for one predicate. */
  evidence: async (subject: string, object: string, predicate?: Predicate, signal?: AbortSignal): Promise<Evidence[]> =>
    (await getJson<{ evidence: Evidence[] }>('/api/evidence', { subject, object, predicate }, signal)).evidence,

  /** A page of stored articles. */
  articles: async (limit: number, offset: number): Promise<ArticleSummary[]> =>
    (await getJson<{ articles: ArticleSummary[] }>('/api/articles', { limit, offset })).articles,

  /** One article with its text, mentions and relations. */
  article: (id: string, signal?: AbortSignal): Promise<ArticleDetail> =>
    getJson(`/api/articles/${encodeURIComponent(id)}`, {}, signal),

  // ── Cypher console (issue 5) ──

  /** Runs a read-only Cypher query; the engine's errors come back as ApiError (`forbidden`, `timeout`, `invalid_argument` with `details`). */
  cypher: (query: string, params?: Record<string, unknown>, signal?: AbortSignal): Promise<QueryResult> =>
    postJson('/api/cypher', params ? { query, params } : { query }, signal),

  /** Labels, relationship types, property keys and example queries of the active store. */
  schema: (): Promise<StoreSchema> => getJson('/api/schema'),

  // ── Investigations (issue 6): trace, connect, relationship timeline ──

  /** The entity's contacts within `depth` hops, ranked, with the ego network to draw. */
  trace: (entity: string, settings: TraceSettings, signal?: AbortSignal): Promise<TraceResult> =>
    getJson(
      '/api/trace',
      {
        entity,
        depth: settings.depth,
        coMentions: String(settings.includeCoMentions),
        predicates: settings.predicates.length > 0 ? settings.predicates.join(',') : undefined,
        types: settings.types.length > 0 ? settings.types.join(',') : undefined,
        from: settings.from ?? undefined,
        to: settings.to ?? undefined,
      },
      signal,
    ),

  // ── Adding articles: server-side loads (a write: the API token when the server has one) ──

  /** Queues a load of uploaded files and pasted articles; resolves with its first status. */
  loadArticles: (request: UploadRequest, token: string | null): Promise<LoadStatus> =>
    postJson('/api/articles', request, undefined, token ? { authorization: `Bearer ${token}` } : {}),

  /** The progress of a load. */
  loadStatus: (id: string): Promise<LoadStatus> => getJson(`/api/loads/${encodeURIComponent(id)}`),

  /** Entities and relations first seen on or after `since` (an ISO date). */
  whatsNew: (since: string, signal?: AbortSignal): Promise<WhatsNewResult> => getJson('/api/whats-new', { since }, signal),

  /** The `k` shortest paths from `from` to `to` of at most `maxLength` hops, evidence on every hop. */
  paths: (from: string, to: string, k: number, maxLength: number, signal?: AbortSignal): Promise<PathsResult> =>
    getJson('/api/paths', { from, to, k, maxLength }, signal),

  /** Everything stated between two entities, either direction, newest first. */
  relationship: async (a: string, b: string, signal?: AbortSignal): Promise<Evidence[]> =>
    (await getJson<{ evidence: Evidence[] }>('/api/relationship', { a, b }, signal)).evidence,
};
