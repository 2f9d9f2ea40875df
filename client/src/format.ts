// Formatting of dates, counts and predicates for display.

import type { Predicate } from '../../core/model.js';
import { PREDICATES } from '../../core/vocabulary.js';

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2 Jun 2025" for an ISO date, "unknown date" for null or an unparseable value. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'unknown date';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}

/** "1 article", "3 articles". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : pluralForm}`;
}

/** The readable label of a predicate ("spoke with"), or the raw name lower-cased when unknown. */
export function predicateLabel(predicate: Predicate): string {
  return PREDICATES[predicate]?.label ?? String(predicate).toLowerCase().replaceAll('_', ' ');
}

/** "first – last" as dates, collapsing equal ends; null when both are unknown. */
export function formatDateRange(first: string | null, last: string | null): string | null {
  if (!first && !last) return null;
  if (!first || !last || first === last) return formatDate(first ?? last);
  return `${formatDate(first)} – ${formatDate(last)}`;
}
