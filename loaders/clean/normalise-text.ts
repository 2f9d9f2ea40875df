// Character-level normalisation and paragraph splitting of article text, before any line is judged.

/**
 * Characters that differ only typographically from a plain one. Curly quotes become straight so
 * that "Putin's" reads the same whichever keyboard wrote it; dashes and ellipses are kept as written.
 */
const CHARACTER_MAP: [RegExp, string][] = [
  [/\r\n?/g, '\n'],
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' '],
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ''],
  [/[\u2028\u2029]/g, '\n'],
];

/** Normalises characters (quotes, exotic spaces, invisible marks, line ends) without rewording anything. */
export function normaliseCharacters(text: string): string {
  let result = text.normalize('NFC');
  for (const [pattern, replacement] of CHARACTER_MAP) result = result.replace(pattern, replacement);
  return result;
}

/** Collapses runs of spaces inside one line and trims it. */
export function normaliseLine(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}

// Hard-wrapped text (newswire, e-mail, some Markdown) breaks lines at a fixed width; pasted web pages
// put one paragraph per line. A line this long or longer was probably broken by wrapping.
const WRAP_MIN = 40;
const WRAP_MAX = 100;

/** True when most lines look broken at a fixed width rather than at paragraph ends. */
function isHardWrapped(lines: string[]): boolean {
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length < 2 || filled.some((line) => line.length > WRAP_MAX)) return false;
  const wrapped = filled.filter((line) => line.trim().length >= WRAP_MIN).length;
  return wrapped / filled.length >= 0.5;
}

/** A line that carries on the sentence of the line before: it opens in lower case after an unfinished line. */
function continuesSentence(previous: string, line: string): boolean {
  return previous.length >= 30 && !/[.!?:…"')\]]$/.test(previous) && /^\p{Ll}/u.test(line);
}

/**
 * Splits normalised text into paragraphs, one string each, whitespace collapsed.
 * A blank line always ends a paragraph. In hard-wrapped text a line continues the paragraph unless
 * it is indented or the previous line was short; elsewhere a line continues it only when it visibly
 * carries on the previous line's sentence, and otherwise is its own paragraph.
 */
export function splitParagraphs(text: string): string[] {
  const lines = normaliseCharacters(text).split('\n');
  const wrapped = isHardWrapped(lines);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previous = '';
  const flush = () => {
    const paragraph = normaliseLine(current.join(' '));
    if (paragraph) paragraphs.push(paragraph);
    current = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    const continues =
      current.length > 0 &&
      ((wrapped && previous.length >= WRAP_MIN && !/^\s{2,}/.test(line)) || continuesSentence(previous, trimmed));
    if (!trimmed || !continues) flush();
    if (trimmed) current.push(trimmed);
    previous = trimmed;
  }
  flush();
  return paragraphs;
}
