// Date arithmetic of the timeline: bucket edges, brush pixels ↔ whole days, and how a date range reads.

import type { TimelineBucket } from '../../core/model.js';

const DAY_MS = 86_400_000;

/** A scale from dates to pixels and back, as d3-scale's `scaleUtc` provides. */
export interface DateScale {
  (date: Date): number;
  invert(pixel: number): Date;
}

/** Midnight UTC of an ISO day. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Midnight UTC after an ISO day: where its bar (or range) ends on a time axis. */
export function dayEnd(day: string): Date {
  return new Date(dayStart(day).getTime() + DAY_MS);
}

/** The time axis of a timeline: from the first bucket's start to the end of the last bucket's last day. */
export function timelineDomain(buckets: readonly TimelineBucket[]): [Date, Date] | null {
  if (buckets.length === 0) return null;
  return [dayStart(buckets[0].start), dayEnd(buckets[buckets.length - 1].end)];
}

/** The bucket holding `time`, or the nearest end bucket when `time` lies outside them all. */
function bucketAt(buckets: readonly TimelineBucket[], time: number): TimelineBucket {
  return buckets.find((bucket) => time < dayEnd(bucket.end).getTime()) ?? buckets[buckets.length - 1];
}

/**
 * The whole-bucket date range a brushed pixel span covers: from the start of the bucket under its
 * left edge to the end of the bucket under its right edge (both days inclusive), so a brush
 * always selects whole months (or days) and never half a bar.
 */
export function brushToRange(span: readonly [number, number], scale: DateScale, buckets: readonly TimelineBucket[]): { from: string; to: string } {
  const [left, right] = [Math.min(...span), Math.max(...span)];
  // A right edge exactly on a boundary belongs to the bar before it.
  const first = bucketAt(buckets, scale.invert(left).getTime());
  const last = bucketAt(buckets, scale.invert(right).getTime() - 1);
  return { from: first.start, to: last.end < first.start ? first.end : last.end };
}

/** The pixel span of a date range on the axis (open ends reach the axis ends), or null when it shows nothing. */
export function rangeToBrush(from: string | null, to: string | null, scale: DateScale, domain: [Date, Date]): [number, number] | null {
  if (!from && !to) return null;
  const start = Math.max(from ? dayStart(from).getTime() : domain[0].getTime(), domain[0].getTime());
  const end = Math.min(to ? dayEnd(to).getTime() : domain[1].getTime(), domain[1].getTime());
  if (end <= start) return null;
  return [scale(new Date(start)), scale(new Date(end))];
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date range as people write it: "1–30 June 2025", "from 3 May 2025", "until 30 June 2025". */
export function describeRange(from: string | null, to: string | null): string {
  if (from && to) return LONG_DATE.formatRange(dayStart(from), dayStart(to));
  if (from) return `from ${LONG_DATE.format(dayStart(from))}`;
  if (to) return `until ${LONG_DATE.format(dayStart(to))}`;
  return 'all dates';
}

/** A bar's label: its month ("June 2025") or its day ("15 June 2025"). */
export function describeBucket(bucket: TimelineBucket): string {
  return bucket.start === bucket.end ? LONG_DATE.format(dayStart(bucket.start)) : MONTH.format(dayStart(bucket.start));
}

/** True when the bucket overlaps the inclusive date range (open ends reach everything). */
export function bucketInRange(bucket: TimelineBucket, from: string | null, to: string | null): boolean {
  return (!from || bucket.end >= from) && (!to || bucket.start <= to);
}
