// Publication dates: from metadata values and from date lines of a page header, as ISO YYYY-MM-DD.

import * as chrono from 'chrono-node';

/** Words that may sit around a date on a header line ("Published: 3:04 PM EDT, June 2, 2025"). */
const DATE_LINE_WORDS = /\b(published|updated|last updated|posted|modified|on|at|am|pm|[a-z]{2,4}t|gmt|utc|z)\b|[|•·,:\-–—/()]|\d{1,2}:\d{2}/gi;

/** The one date in `text` chrono reads with a written year, as YYYY-MM-DD; null for relative dates. */
function firstDatedResult(text: string): { iso: string; text: string } | null {
  for (const result of chrono.strict.parse(text)) {
    // "2 hours ago" parses too, against today's date; a written year is what makes a date a fact.
    if (!/\b(1[89]|20)\d{2}\b/.test(result.text)) continue;
    const { start } = result;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { iso, text: result.text };
  }
  return null;
}

/**
 * Reads a publication date given as metadata (front matter, JSON, meta tags) in any common form.
 * Returns YYYY-MM-DD, or null when the value holds no date with a year.
 */
export function parsePublishedDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return firstDatedResult(text)?.iso ?? null;
}

/**
 * Reads a header line that is nothing but a date ("Jun 2, 2025 | ", "Updated 12 March 2024 14:05 GMT").
 * Returns YYYY-MM-DD, or null for lines that say more than a date (those are story text).
 */
export function parseDateLine(line: string): string | null {
  const found = firstDatedResult(line);
  if (!found) return null;
  const rest = line.replace(found.text, ' ').replace(DATE_LINE_WORDS, ' ').trim();
  return rest.split(/\s+/).filter(Boolean).length <= 1 ? found.iso : null;
}

/** "2 hours ago", "Yesterday", "Just now": a relative time stamp that says nothing lasting. */
export function isRelativeTimeLine(line: string): boolean {
  return /^(updated |posted |published )?((\d+|an?|one|two|few) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|yesterday|today|just now)\.?$/i.test(
    line,
  );
}
