// Turns labelled character spans into scoring items keyed by document, exact offsets and label.

import { endWithoutClosingStop } from './closing-stop.js';
import type { ScoredItem } from './score.js';
import type { LabelledSpan } from './token-spans.js';

const CONTEXT_CHARS = 40;

/** `text` around a span, on one line, with the span in [brackets]: what an error listing shows. */
export function spanInContext(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  return `${before}[${text.slice(start, end)}]${after}`.replace(/\s+/g, ' ');
}

/**
 * Scoring items for spans of document `doc`: two items match only when start, end and label all
 * agree (with `ignoreClosingStop`, the end taken without a sentence's closing full stop:
 * closing-stop.ts). Spans whose label `keep` maps to nothing are dropped; the others are scored
 * under the mapped label.
 */
export function spanItems(
  doc: number,
  text: string,
  spans: readonly LabelledSpan[],
  keep: (label: string) => string | undefined,
  ignoreClosingStop = false,
): ScoredItem[] {
  return spans.flatMap(({ start, end: written, label }) => {
    const scoredLabel = keep(label);
    if (!scoredLabel) return [];
    const end = ignoreClosingStop ? endWithoutClosingStop(text, start, written) : written;
    return [{ key: `${doc}|${start}|${end}|${scoredLabel}`, label: scoredLabel, note: `${scoredLabel} ${spanInContext(text, start, end)}` }];
  });
}
