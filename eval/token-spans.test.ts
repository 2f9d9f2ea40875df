// Tests for joining tokens and decoding IOB2 / BILOU tags into character spans.

import { joinTokens, tagsToSpans, tagsToTokenRanges } from './token-spans.js';

describe('joinTokens', () => {
  it('joins tokens with single spaces and knows where each one is', () => {
    const joined = joinTokens(['Ada', 'met', 'Bob', '.']);
    expect(joined.text).toBe('Ada met Bob .');
    expect(joined.tokens.map(({ start, end }) => joined.text.slice(start, end))).toEqual(['Ada', 'met', 'Bob', '.']);
  });
});

describe('tagsToTokenRanges', () => {
  it('reads IOB2 spans, including two adjacent entities of the same type', () => {
    expect(tagsToTokenRanges(['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC'])).toEqual([
      { first: 0, last: 1, label: 'PER' },
      { first: 2, last: 2, label: 'PER' },
      { first: 4, last: 4, label: 'LOC' },
    ]);
  });

  it('reads BILOU spans, where L ends a span and U is a single token', () => {
    expect(tagsToTokenRanges(['B-Peop', 'I-Peop', 'L-Peop', 'U-Peop', 'U-Loc', 'O'])).toEqual([
      { first: 0, last: 2, label: 'Peop' },
      { first: 3, last: 3, label: 'Peop' },
      { first: 4, last: 4, label: 'Loc' },
    ]);
  });

  it('starts a new span at an I- tag that follows another type instead of dropping it', () => {
    expect(tagsToTokenRanges(['B-ORG', 'I-LOC', 'O', 'I-PER'])).toEqual([
      { first: 0, last: 0, label: 'ORG' },
      { first: 1, last: 1, label: 'LOC' },
      { first: 3, last: 3, label: 'PER' },
    ]);
  });
});

describe('tagsToSpans', () => {
  it('gives character spans that cut the entity text out of the joined tokens, shifted by an offset', () => {
    const joined = joinTokens(['The', 'Red', 'Cross', 'visited', 'Lyon']);
    const spans = tagsToSpans(joined, ['O', 'B-ORG', 'I-ORG', 'O', 'B-LOC'], 10);
    const text = ' '.repeat(10) + joined.text;
    expect(spans.map(({ start, end, label }) => [text.slice(start, end), label])).toEqual([
      ['Red Cross', 'ORG'],
      ['Lyon', 'LOC'],
    ]);
  });
});
