// Property tests of the cleaner over hostile text: whatever is pasted, it never throws and gives stories a user can read.

import fc from 'fast-check';
import { hostileText } from '../../test/fixtures/hostile-text.js';
import { cleanArticle } from './clean-article.js';

const facts = fc.record({
  title: fc.option(hostileText, { nil: null }),
  source: fc.option(fc.string({ unit: 'binary', maxLength: 20 }), { nil: null }),
  author: fc.option(fc.string({ unit: 'binary', maxLength: 20 }), { nil: null }),
  url: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
  publishedAt: fc.option(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('2025-06-02', 'June 31, 2025', '0000-00-00', '1e999')), { nil: null }),
});

describe('cleanArticle on hostile text', () => {
  it('never throws, and every story it gives has an id, a title and non-blank text', () => {
    fc.assert(
      fc.property(hostileText, facts, (text, given) => {
        const stories = cleanArticle({ file: 'fuzz.txt', text, ...given });
        for (const story of stories) {
          expect(story.id).not.toBe('');
          expect(typeof story.title).toBe('string');
          expect(story.text.trim()).not.toBe('');
          if (story.publishedAt !== null) expect(story.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        stories.slice(1).forEach((story) => expect(story.parent).toBe(stories[0].id));
      }),
      { numRuns: 150 },
    );
  });
});
