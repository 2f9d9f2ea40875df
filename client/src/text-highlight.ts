// Splits text into plain and highlighted segments, from known spans or from names to find, for safe DOM rendering.

import type { Span } from '../../core/model.js';

/** A run of text, marked with `tag` when it should be highlighted. */
export interface Segment<T> {
  text: string;
  tag: T | null;
}

/** A span of text with what it refers to. */
export interface TaggedSpan<T> extends Span {
  tag: T;
}

/**
 * Cuts `text` at the given spans. Overlapping spans keep the one that starts first (the longer one
 * on a tie); spans outside the text are clipped.
 */
export function segmentText<T>(text: string, spans: readonly TaggedSpan<T>[]): Segment<T>[] {
  const ordered = [...spans]
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(text.length, span.end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let cursor = 0;
  for (const span of ordered) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), tag: null });
    segments.push({ text: text.slice(span.start, span.end), tag: span.tag });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), tag: null });
  return segments;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds whole-word, case-insensitive occurrences of each tag's names in `text`. Longer names win,
 * so "Vladimir Putin" is one match rather than "Putin" inside it.
 */
export function findNames<T>(text: string, names: readonly { tag: T; names: readonly string[] }[]): TaggedSpan<T>[] {
  const candidates = names
    .flatMap(({ tag, names: forms }) => forms.filter((form) => form.trim().length > 1).map((form) => ({ tag, form: form.trim() })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: TaggedSpan<T>[] = [];
  for (const { tag, form } of candidates) {
    // Letters and digits on either side mean the name is part of a longer word ("Iran" in "Iranian").
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length, tag };
      if (!taken.some((other) => span.start < other.end && other.start < span.end)) taken.push(span);
    }
  }
  return taken;
}
