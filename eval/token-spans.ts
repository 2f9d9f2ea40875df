// Token lists to text, and IOB2 / BILOU tag sequences to labelled character spans in that text.

import type { Span } from '../core/model.js';

/** A gold or predicted span with its label ("PER", "LOC", …). */
export interface LabelledSpan extends Span {
  label: string;
}

export interface JoinedTokens {
  /** The tokens joined by single spaces. */
  text: string;
  /** Character span of each token in `text`. */
  tokens: Span[];
}

/** Joins tokens with single spaces (the benchmarks' scoring convention) and records where each one sits. */
export function joinTokens(tokens: readonly string[]): JoinedTokens {
  const spans: Span[] = [];
  let offset = 0;
  for (const token of tokens) {
    spans.push({ start: offset, end: offset + token.length });
    offset += token.length + 1;
  }
  return { text: tokens.join(' '), tokens: spans };
}

/**
 * Decodes a tag sequence into token ranges `[first, last]` with their labels. Reads IOB2 (`B-`,
 * `I-`) and BILOU (`B-`, `I-`, `L-`, `U-`) alike; an `I-`/`L-` tag that does not continue an open
 * span of the same label starts a new one, as in IOB1, rather than being lost.
 */
export function tagsToTokenRanges(tags: readonly string[]): Array<{ first: number; last: number; label: string }> {
  const ranges: Array<{ first: number; last: number; label: string }> = [];
  let open: { first: number; last: number; label: string } | null = null;
  for (const [index, tag] of tags.entries()) {
    const [prefix, label] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (open && open.label === label && (prefix === 'I' || prefix === 'L')) open.last = index;
    else {
      open = prefix === 'O' ? null : { first: index, last: index, label };
      if (open) ranges.push(open);
    }
    if (prefix === 'L' || prefix === 'U') open = null;
  }
  return ranges;
}

/** The labelled character spans of a tagged token sequence inside `joined` text, shifted by `offset`. */
export function tagsToSpans(joined: JoinedTokens, tags: readonly string[], offset = 0): LabelledSpan[] {
  return tagsToTokenRanges(tags).map(({ first, last, label }) => ({
    start: offset + joined.tokens[first].start,
    end: offset + joined.tokens[last].end,
    label,
  }));
}
