// Maps the rows of the Explorer-filter statements (timeline dates, sources) onto records; both engines return the same columns.

import type { SourceSummary } from '../core/model.js';
import type { DateCount } from './graph-store.js';

/** A `{date, n}` row as a DateCount. */
export function toDateCount(row: Record<string, unknown>): DateCount {
  return { date: typeof row.date === 'string' && row.date !== '' ? row.date : null, count: Number(row.n) };
}

/** A `{name, n}` row as a SourceSummary. */
export function toSourceSummary(row: Record<string, unknown>): SourceSummary {
  return { name: String(row.name), articleCount: Number(row.n) };
}
