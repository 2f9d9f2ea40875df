// Property tests of the extractor over hostile text: it never throws, and every offset it gives points into the text.

import fc from 'fast-check';
import type { ExtractedArticle } from '../../core/model.js';
import { hostileText } from '../../test/fixtures/hostile-text.js';
import { cleanArticle, type CleanArticle } from '../clean/clean-article.js';
import { extractArticle } from './extract-article.js';

function article(text: string): CleanArticle {
  return { id: 'fuzz', file: null, parent: null, title: 'Fuzz', source: null, url: null, author: null, publishedAt: null, text };
}

/** Asserts what the extraction contract promises about one extracted article. */
function expectContractHolds(out: ExtractedArticle): void {
  const ids = new Set(out.entities.map((entity) => entity.id));
  for (const entity of out.entities) {
    expect(entity.name.trim()).not.toBe('');
    expect(entity.mentions.length).toBeGreaterThan(0);
    for (const { start, end } of entity.mentions) {
      expect(0 <= start && start < end && end <= out.text.length).toBe(true);
      expect(out.text.slice(start, end).trim()).not.toBe('');
    }
  }
  for (const relation of out.relations) {
    expect(0 <= relation.start && relation.start < relation.end && relation.end <= out.text.length).toBe(true);
    expect(out.text.slice(relation.start, relation.end)).toBe(relation.sentence);
    expect(ids.has(relation.subject) && ids.has(relation.object)).toBe(true);
  }
}

describe('extractArticle on hostile text', () => {
  it('never throws on raw text, and every mention and relation lies inside the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => expectContractHolds(extractArticle(article(text)).article)),
      { numRuns: 150 },
    );
  });

  it('never throws on what the cleaner makes of hostile text, and keeps the contract there too', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const story of cleanArticle({ file: 'fuzz.txt', text })) expectContractHolds(extractArticle(story).article);
      }),
      { numRuns: 100 },
    );
  });
});
