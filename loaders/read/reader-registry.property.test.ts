// Property tests of every input reader over hostile content: none throws, and every article and failure names its file.

import fc from 'fast-check';
import { hostileText } from '../../test/fixtures/hostile-text.js';
import { READERS } from './reader-registry.js';

/** Content shaped like each format, broken in random places, plus hostile text of any kind. */
const content = fc.oneof(
  hostileText,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.tuple(fc.constantFrom('---\n', '---\ntitle: ', '---\n- [', '---\ndate: 2025-13-45\n---\n', '---\na: &a [*a]\n---\n'), hostileText).map(([head, body]) => head + body),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)), hostileText), { maxLength: 6 }).map((lines) => lines.join('\n')),
  fc.tuple(fc.constantFrom('<html><body><p>', '<script>', '<p><b><i>', '<!--', '<svg><text>', '<iframe>'), hostileText).map(([tag, body]) => tag + body),
);

describe('every reader on hostile content', () => {
  for (const reader of READERS) {
    it(`the ${reader.name} reader never throws, and its articles and failures name the file`, async () => {
      await fc.assert(
        fc.asyncProperty(content, async (text) => {
          const { articles, failures } = await reader.read(text, 'fuzz-input');
          for (const article of articles) {
            expect(article.file).toBe('fuzz-input');
            expect(typeof article.text).toBe('string');
          }
          for (const failure of failures) {
            expect(failure.file).toBe('fuzz-input');
            expect(failure.reason.trim()).not.toBe('');
          }
        }),
        { numRuns: reader.name === 'HTML' ? 25 : 150 },
      );
    });
  }
});
