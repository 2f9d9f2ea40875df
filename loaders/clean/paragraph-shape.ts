// How a paragraph looks: running prose, a headline, a masthead; the cleaner's basic judgements.

/** Number of words in a paragraph. */
export function wordCount(paragraph: string): number {
  return paragraph.split(/\s+/).filter(Boolean).length;
}

/** Ends like a sentence: full stop, exclamation mark or ellipsis, maybe inside closing quotes. */
export function endsLikeSentence(paragraph: string): boolean {
  return /[.!…]["')\]]*$/.test(paragraph);
}

/** Running story text: a sentence of some length, or a passage holding one, whatever its ending. */
export function isProse(paragraph: string): boolean {
  const words = wordCount(paragraph);
  if (words >= 25) return true;
  if (words < 8) return false;
  return endsLikeSentence(paragraph) || (words >= 12 && /[.!?]["')]* \p{Lu}/u.test(paragraph));
}

/** Could be a headline: a few capitalised words that do not end like a sentence. */
export function isHeadline(paragraph: string): boolean {
  const words = wordCount(paragraph);
  return words >= 3 && words <= 30 && /^["'\p{Lu}\d]/u.test(paragraph) && !endsLikeSentence(paragraph);
}

/** A masthead such as "THE DAILY COURIER": a short line with no lower-case letters. */
export function isMasthead(paragraph: string): boolean {
  const words = wordCount(paragraph);
  return words >= 1 && words <= 6 && /\p{Lu}{2}/u.test(paragraph) && !/\p{Ll}/u.test(paragraph);
}

/** Too short and unpunctuated to be story text: widget labels, menu items, place tags. */
export function isFragment(paragraph: string): boolean {
  return wordCount(paragraph) < 5 && !/[.!?…:"')\]]$/.test(paragraph);
}

/** Same words, ignoring case and punctuation. */
export function sameWords(a: string, b: string): boolean {
  const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return fold(a) === fold(b);
}
