// Cutting over-long paragraphs into bounded chunks: every character kept, cuts at sentence ends or spaces.

import { boundedChunks, MAX_CHUNK_LENGTH } from './bounded-chunks.js';

/** Asserts that the chunks are short enough and together make the paragraph, offsets included. */
function expectCover(paragraph: string, chunks: Array<{ start: number; text: string }>): void {
  expect(chunks.map((chunk) => chunk.text).join('')).toBe(paragraph);
  for (const chunk of chunks) {
    expect(chunk.text.length).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    expect(paragraph.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
  }
}

describe('boundedChunks', () => {
  it('leaves a paragraph of ordinary length whole', () => {
    expect(boundedChunks('Putin called Raisi. They spoke for an hour.')).toEqual([{ start: 0, text: 'Putin called Raisi. They spoke for an hour.' }]);
  });

  it('cuts a long paragraph after a sentence end, so no sentence is split', () => {
    const paragraph = 'Russian President Vladimir Putin spoke by phone with Iranian President Ebrahim Raisi. '.repeat(100).trim();
    const chunks = boundedChunks(paragraph);
    expectCover(paragraph, chunks);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.text).toMatch(/Raisi\. $/);
  });

  it('cuts a long run without sentence ends at a space, and one without spaces anywhere but inside an emoji', () => {
    const words = 'word '.repeat(1000);
    expectCover(words, boundedChunks(words));
    for (const chunk of boundedChunks(words).slice(0, -1)) expect(chunk.text).toMatch(/ $/);
    const emoji = 'x' + '😀'.repeat(3000);
    const chunks = boundedChunks(emoji);
    expectCover(emoji, chunks);
    for (const chunk of chunks) expect(chunk.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});
