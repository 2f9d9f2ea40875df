// Scoring convention: the full stop that closes a sentence belongs to no span, on either side.

/** What may follow a sentence's closing full stop on its line: more stops, closing quotes and brackets, a semicolon. */
const SENTENCE_CLOSE = /^[\s.;'"’”)\]]*$/u;

/**
 * The end of the span [start, end) of `text` without the sentence's closing full stop. A benchmark's
 * tokens may keep that stop on the last word ("Texas.") or hold it apart ("Calif ."), and an
 * abbreviation that ends a sentence ("Calif.") shares its stop with the sentence, so neither gold nor
 * predicted spans count it. Anywhere else a span keeps its full stop ("Calif. officials").
 */
export function endWithoutClosingStop(text: string, start: number, end: number): number {
  const match = /\s?\.$/u.exec(text.slice(start, end));
  if (!match || match.index === 0) return end;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd === -1 ? undefined : lineEnd);
  return SENTENCE_CLOSE.test(rest) ? start + match.index : end;
}

/** A surface form as written in `sentence`, without the sentence's closing full stop (see endWithoutClosingStop). */
export function surfaceWithoutClosingStop(sentence: string, surface: string): string {
  const start = sentence.lastIndexOf(surface);
  if (start === -1) return surface;
  return sentence.slice(start, endWithoutClosingStop(sentence, start, start + surface.length));
}
