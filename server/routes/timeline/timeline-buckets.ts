// Buckets relationship dates into the timeline's bars: per day for a short span, per month otherwise.

import type { Timeline, TimelineBucket } from '../../../core/model.js';
import type { DateCount } from '../../../store/graph-store.js';

/** Spans up to this many days get one bar per day; longer ones one bar per month. */
export const DAY_BUCKETS_UP_TO_DAYS = 62;

const DAY_MS = 86_400_000;

/** The ISO day (YYYY-MM-DD) of a UTC timestamp. */
function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Buckets from `from` to `to` (inclusive), each a day or a calendar month. */
function emptyBuckets(from: string, to: string, unit: Timeline['unit']): TimelineBucket[] {
  const buckets: TimelineBucket[] = [];
  const last = Date.parse(to);
  if (unit === 'day') {
    for (let time = Date.parse(from); time <= last; time += DAY_MS) buckets.push({ start: isoDay(time), end: isoDay(time), count: 0 });
    return buckets;
  }
  const first = new Date(Date.parse(from));
  for (let year = first.getUTCFullYear(), month = first.getUTCMonth(); Date.UTC(year, month, 1) <= last; month++) {
    // Date.UTC rolls month 12 over into the next year, and day 0 is the last day of the month before.
    buckets.push({ start: isoDay(Date.UTC(year, month, 1)), end: isoDay(Date.UTC(year, month + 1, 0)), count: 0 });
  }
  return buckets;
}

/**
 * Builds the timeline of relationship counts per date: contiguous buckets (empty periods
 * included) from the earliest to the latest date, per day when that span is at most
 * DAY_BUCKETS_UP_TO_DAYS days, per month otherwise. Undated relationships are counted apart.
 */
export function buildTimeline(counts: DateCount[]): Timeline {
  const dated = counts.filter((item): item is { date: string; count: number } => item.date !== null && !Number.isNaN(Date.parse(item.date)));
  const undated = counts.reduce((sum, item) => sum + item.count, 0) - dated.reduce((sum, item) => sum + item.count, 0);
  if (dated.length === 0) return { unit: 'month', from: null, to: null, buckets: [], total: 0, undated };
  const days = dated.map((item) => item.date.slice(0, 10)).sort();
  const from = days[0];
  const to = days[days.length - 1];
  const unit = (Date.parse(to) - Date.parse(from)) / DAY_MS < DAY_BUCKETS_UP_TO_DAYS ? 'day' : 'month';
  const buckets = emptyBuckets(from, to, unit);
  for (const item of dated) {
    const day = item.date.slice(0, 10);
    // Buckets are sorted and contiguous, so the first whose end is not before the day holds it.
    const bucket = buckets.find((candidate) => candidate.end >= day)!;
    bucket.count += item.count;
  }
  return { unit, from, to, buckets, total: dated.reduce((sum, item) => sum + item.count, 0), undated };
}
