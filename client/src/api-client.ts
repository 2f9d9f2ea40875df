// Typed client of the newsgraph JSON API: one function per endpoint, errors as ApiError.

import type {
  ArticleDetail,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  Evidence,
  GraphPayload,
  Predicate,
  StoreHealth,
  StoreStats,
} from '../../core/model.js';

/** An API failure with the server's stable error id (`not_found`, `unavailable`, ...). */
export class ApiError extends Error {
  readonly id: string;
  readonly status: number;

  constructor(id: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.id = id;
    this.status = status;
  }
}

type Query = Record<string, string | number | undefined>;

/** True when the error comes from an aborted request (a newer one replaced it). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const url = params.size > 0 ? `${path}?${params}` : path;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError('unavailable', 'Cannot reach the newsgraph server. Check that `newsgraph serve` is running, then retry.', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const failure = (body as { error?: { id?: string; message?: string } } | null)?.error;
    throw new ApiError(
      failure?.id ?? 'unavailable',
      failure?.message ?? `The server answered ${response.status} ${response.statusText} for ${path}.`,
      response.status,
    );
  }
  if (body === null) {
    throw new ApiError('unavailable', `The server sent a response for ${path} that is not JSON.`, response.status);
  }
  return body as T;
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

  /** The entity's neighbourhood within `depth` hops, capped at `limit` nodes. */
  neighbors: (id: string, depth: number, limit: number): Promise<GraphPayload> =>
    getJson(`/api/entities/${encodeURIComponent(id)}/neighbors`, { depth, limit }),

  /** Every stored statement from `subject` to `object`, optionally for one predicate. */
  evidence: async (subject: string, object: string, predicate?: Predicate, signal?: AbortSignal): Promise<Evidence[]> =>
    (await getJson<{ evidence: Evidence[] }>('/api/evidence', { subject, object, predicate }, signal)).evidence,

  /** A page of stored articles. */
  articles: async (limit: number, offset: number): Promise<ArticleSummary[]> =>
    (await getJson<{ articles: ArticleSummary[] }>('/api/articles', { limit, offset })).articles,

  /** One article with its text, mentions and relations. */
  article: (id: string, signal?: AbortSignal): Promise<ArticleDetail> =>
    getJson(`/api/articles/${encodeURIComponent(id)}`, {}, signal),
};
