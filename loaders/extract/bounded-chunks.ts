// Cuts an over-long paragraph into chunks of bounded length before it is split into sentences.

/**
 * Longest piece of a paragraph that compromise reads at once. Its cost grows with the square of the
 * text it is given (a 100 KB paragraph took 78 s, a 1 MB one would take hours), while news
 * paragraphs are rarely longer than a few hundred characters.
 */
export const MAX_CHUNK_LENGTH = 2000;

/** A sentence end followed by space: where a long paragraph is best cut. */
const SENTENCE_END = /[.!?…]["'”’)\]]*\s+/g;

/** Where to cut `window` (a prefix of the rest of the paragraph): after its last sentence end, else its last space, else at its end. */
function cutPoint(window: string): number {
  let cut = -1;
  for (const match of window.matchAll(SENTENCE_END)) cut = match.index + match[0].length;
  // A sentence end near the start would leave chunks far shorter than needed: cut at a space then.
  if (cut > window.length / 4) return cut;
  const lastSpace = window.search(/\s\S*$/u);
  if (lastSpace > 0) return lastSpace + 1;
  // One run of text without a space: cut anywhere, but never between the halves of a surrogate pair.
  const end = window.length;
  return /[\uD800-\uDBFF]/.test(window[end - 1]) ? end - 1 : end;
}

/**
 * The chunks of `paragraph`, in order, each at most MAX_CHUNK_LENGTH long, with their offsets in it;
 * together they are the whole paragraph. A paragraph that short is its own single chunk.
 */
export function boundedChunks(paragraph: string): Array<{ start: number; text: string }> {
  const chunks: Array<{ start: number; text: string }> = [];
  let start = 0;
  while (paragraph.length - start > MAX_CHUNK_LENGTH) {
    const end = start + cutPoint(paragraph.slice(start, start + MAX_CHUNK_LENGTH));
    chunks.push({ start, text: paragraph.slice(start, end) });
    start = end;
  }
  chunks.push({ start, text: paragraph.slice(start) });
  return chunks;
}
