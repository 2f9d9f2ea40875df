// Splits a cleaned article into sentences and tokens with exact offsets, part-of-speech tags
// (from compromise) and quotation spans, the units every later extraction step works on.

import nlp from 'compromise';
import { boundedChunks } from './bounded-chunks.js';

export interface Token {
  /** Offsets into the article text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** compromise tags ("ProperNoun", "Verb", "Adjective", …), empty for punctuation. */
  tags: ReadonlySet<string>;
  /** Followed by a possessive "'s" / "’". */
  possessive: boolean;
  /** Inside quotation marks: someone else's words. */
  quoted: boolean;
  /** Index of the token inside its sentence. */
  index: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** A line in Title Case (a headline or menu): only already-known names are taken from it. */
  headline: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}['’]\p{Lu}\p{L}+|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/** "Kennedy's", and "Kennedy 's" in text tokenised with the possessive split off (as some wires and corpora are). */
const POSSESSIVE = /^ ?['’]s(?![\p{L}\p{N}])/u;
/** A plural's bare apostrophe ("forces’"): only after a word ending in s. */
const PLURAL_POSSESSIVE = /^['’](?![\p{L}\p{N}])/u;

/**
 * Character ranges inside quotation marks. Double quotes pair up directly; a single quote opens only
 * after a space or bracket and closes only before a non-letter, so apostrophes ("Russia's", and a
 * possessive split off as in "Russia 's") never do.
 */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const pattern = /[“"]([^“”"]*)[”"]|(?<=^|[\s(\[—–-])(?!['’]s(?![\p{L}\p{N}]))[‘']((?:[^‘’']|['’](?=\p{L}))+?)[’'](?![\p{L}\p{N}])/gmu;
  for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** Tags of words that Title Case capitalises but a list of names never holds ("Calls", "Over", "The"). */
const HEADLINE_WORD_TAGS = ['Verb', 'Preposition', 'Conjunction', 'Determiner'];

/**
 * Whether a line is a headline or menu: all capitals, or mostly capitalised with no closing stop and
 * some capitalised verb or function word past its first word. A list of names ("Ken Green , Tim
 * Simpson , ...") or a results line is capitalised too, but holds no such word.
 */
function isHeadline(text: string, tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.text));
  if (capitalised.length / words.length < 0.7 || /[.!?]["”’']?$/.test(text.trim())) return false;
  if (words.every((w) => w.text === w.text.toUpperCase())) return true;
  return capitalised.slice(1).some((w) => w.text.length > 1 && HEADLINE_WORD_TAGS.some((tag) => w.tags.has(tag)));
}

/**
 * The quoted range that starts last at or before `position`, or undefined. Ranges come in text order
 * and never overlap, so a binary search finds it: a long text with many quotes stays linear.
 */
function rangeBefore(quotes: Array<[number, number]>, position: number): [number, number] | undefined {
  let low = 0;
  let high = quotes.length - 1;
  let found: [number, number] | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (quotes[middle][0] <= position) {
      found = quotes[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Whether the token at [start, end) lies strictly inside a quotation. */
function isQuoted(quotes: Array<[number, number]>, start: number, end: number): boolean {
  const range = rangeBefore(quotes, start - 1);
  return range !== undefined && start > range[0] && end < range[1];
}

function isPossessive(word: string, rest: string, restOffset: number, quotes: Array<[number, number]>): boolean {
  if (!/[\p{L}\p{N}]$/u.test(word)) return false;
  if (rangeBefore(quotes, restOffset)?.[1] === restOffset + 1) return false; // a closing quote, not an apostrophe
  return POSSESSIVE.test(rest) || (/s$/.test(word) && PLURAL_POSSESSIVE.test(rest));
}

function tokenize(text: string, offset: number, quotes: Array<[number, number]>, tagsAt: Map<number, Set<string>>): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + match.index;
    const end = start + match[0].length;
    if (/^['’]$/.test(match[0]) && tokens.length > 0 && tokens[tokens.length - 1].possessive && start - tokens[tokens.length - 1].end <= 1) {
      continue; // the apostrophe of a possessive belongs to the word before it
    }
    if (match[0] === 's' && tokens.length > 0 && tokens[tokens.length - 1].possessive) continue;
    tokens.push({
      start,
      end,
      text: match[0],
      lower: match[0].toLowerCase(),
      tags: tagsAt.get(start) ?? new Set(),
      possessive: isPossessive(match[0], text.slice(match.index + match[0].length), end, quotes),
      quoted: isQuoted(quotes, start, end),
      index: tokens.length,
    });
  }
  return tokens;
}

/**
 * The steps `nlp(text)` runs (its world's `hooks`, in order) that `nlp.tokenize` has not run yet,
 * without 'chunks': the noun/verb phrase grouping nothing here reads, which costs about a tenth of
 * the tagging time. The tags come out the same (checked on 300 Reuters stories).
 */
const TAGGING_HOOKS = (nlp.world() as { hooks: string[] }).hooks.filter((hook) => !['contractions', 'alias', 'machine', 'chunks'].includes(hook));

interface TaggedTerm {
  text: string;
  tags: string[];
  offset: { start: number };
}

/**
 * One compromise pass over a paragraph: its sentences' texts, and the tags of each word keyed by the
 * word's start offset in the article. Tagging the paragraph once (not again per sentence) is most of
 * the extractor's speed.
 */
function tagParagraph(paragraph: string, paragraphOffset: number): { pieces: string[]; tags: Map<number, Set<string>> } {
  // Leading spaces change compromise's reading of the first word ("    U.S." loses its last period).
  const indent = paragraph.length - paragraph.trimStart().length;
  const body = paragraph.slice(indent);
  const offset = paragraphOffset + indent;
  const tags = new Map<number, Set<string>>();
  const doc = nlp.tokenize(body);
  doc.compute(TAGGING_HOOKS);
  const parts = doc.json({ offset: true, text: true, terms: { offset: true, tags: true } }) as Array<{ text: string; terms: TaggedTerm[] }>;
  let cursor = 0;
  for (const part of parts) {
    for (const term of part.terms) {
      // compromise counts offsets from its own whitespace; anchor each word on the paragraph itself.
      const start = body.startsWith(term.text, term.offset.start) ? term.offset.start : body.indexOf(term.text, cursor);
      if (start < 0) continue;
      cursor = start + term.text.length;
      tags.set(offset + start, new Set(term.tags));
    }
  }
  return { pieces: parts.map((p) => p.text), tags };
}

/**
 * The article's sentences, each with its tokens. Paragraphs (line breaks) always end a sentence, and
 * so does the end of a chunk of an over-long paragraph (see bounded-chunks.ts).
 */
export function splitSentences(text: string): Sentence[] {
  const quotes = quotedRanges(text);
  const sentences: Sentence[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    for (const chunk of boundedChunks(line[0])) sentences.push(...chunkSentences(text, chunk.text, line.index + chunk.start, quotes));
  }
  return sentences;
}

/**
 * compromise ends a sentence after an abbreviation that ends it in a clause ("in St. Joseph, Mo., by
 * Ford"); a piece that opens with a comma or semicolon still continues the sentence before it.
 */
function joinContinuations(pieces: string[]): string[] {
  const joined: string[] = [];
  for (const piece of pieces) {
    if (joined.length > 0 && /^\s*[,;]/.test(piece)) joined[joined.length - 1] += piece;
    else joined.push(piece);
  }
  return joined;
}

/**
 * The sentences of one chunk of a paragraph (`body`, at `offset` in the article `text`); one
 * compromise pass splits them (it knows abbreviations such as "Mr." and "U.S.") and tags their words.
 */
function chunkSentences(text: string, body: string, offset: number, quotes: Array<[number, number]>): Sentence[] {
  const sentences: Sentence[] = [];
  let cursor = 0;
  const tagged = tagParagraph(body, offset);
  const pieces = tagged.pieces.length > 0 ? joinContinuations(tagged.pieces) : [body];
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    // compromise may normalise whitespace; anchor each sentence on its first word instead of trusting offsets.
    const found = body.indexOf(trimmed, cursor);
    const localStart = found >= 0 ? found : body.slice(cursor).search(/\S/) + cursor;
    const localEnd = found >= 0 ? found + trimmed.length : Math.min(body.length, localStart + trimmed.length);
    cursor = localEnd;
    const start = offset + localStart;
    const end = offset + localEnd;
    const sentenceText = text.slice(start, end);
    const tokens = tokenize(sentenceText, start, quotes, tagged.tags);
    sentences.push({ start, end, text: sentenceText, tokens, headline: isHeadline(sentenceText, tokens) });
  }
  // Text compromise dropped at the end of a paragraph still belongs to the last sentence.
  const last = sentences[sentences.length - 1];
  const paragraphEnd = offset + body.trimEnd().length;
  if (last && last.end < paragraphEnd && last.start >= offset) {
    last.end = paragraphEnd;
    last.text = text.slice(last.start, last.end);
    last.tokens = tokenize(last.text, last.start, quotes, tagged.tags);
    last.headline = isHeadline(last.text, last.tokens);
  }
  return sentences;
}
