// Argument checks and defaults shared by every store, so both engines refuse the same bad input the same way.

import type { QueryOptions } from '../core/model.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { NeighborOptions } from './graph-store.js';
import { checkRelationFilter } from './relation-filter.js';

/** Articles listed on an entity's detail, newest first. */
export const ENTITY_ARTICLE_CAP = 50;

/** Defaults of `query()` when the caller gives no options (config passes its own). */
export const DEFAULT_QUERY_OPTIONS: Required<QueryOptions> = { readOnly: true, timeoutMs: 5000, rowLimit: 1000, memoryMB: 1024 };

/** Throws InvalidArgumentError unless `value` is an integer within [min, max]. */
export function requireInteger(method: string, name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
    throw new InvalidArgumentError(`${method}: invalid \`${name}\` (${value}). Expecting an integer ${range}.`);
  }
  return value;
}

/** Validates neighbourhood options: depth 1..3, limit ≥ 1, and the relation filter (see relation-filter.ts). */
export function checkNeighborOptions(options: NeighborOptions): NeighborOptions {
  return {
    ...checkRelationFilter('neighbors', options),
    depth: requireInteger('neighbors', 'depth', options.depth, 1, 3),
    limit: requireInteger('neighbors', 'limit', options.limit, 1),
  };
}

/** Fills in and validates `query()` options. */
export function resolveQueryOptions(options: QueryOptions = {}): Required<QueryOptions> {
  const resolved = {
    readOnly: options.readOnly ?? DEFAULT_QUERY_OPTIONS.readOnly,
    timeoutMs: options.timeoutMs ?? DEFAULT_QUERY_OPTIONS.timeoutMs,
    rowLimit: options.rowLimit ?? DEFAULT_QUERY_OPTIONS.rowLimit,
    memoryMB: options.memoryMB ?? DEFAULT_QUERY_OPTIONS.memoryMB,
  };
  requireInteger('query', 'timeoutMs', resolved.timeoutMs, 1);
  requireInteger('query', 'rowLimit', resolved.rowLimit, 1);
  requireInteger('query', 'memoryMB', resolved.memoryMB, 1);
  return resolved;
}
