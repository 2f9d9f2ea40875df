// Recognises titles in running text ("Deputy Foreign Minister", "White House spokesperson") and what
// role they imply, so that names come out without them and the title becomes a role relation.

import { PAST_MODIFIERS, SUBORDINATE_MODIFIERS, TITLE_HEADS, TITLE_MODIFIERS, type TitleRole } from './lexicon.js';
import type { Token } from './text-units.js';

export interface TitleMatch {
  /** Token indices: first and one past the last token of the title. */
  first: number;
  end: number;
  /** The role implied for the current holder; NONE for past or unspecific titles. */
  role: TitleRole;
  /** The head word(s) as written in lower case ("prime minister"). */
  head: string;
}

const MODIFIERS = new Set(TITLE_MODIFIERS);
const HEADS = Object.keys(TITLE_HEADS)
  .map((head) => head.split(' '))
  .sort((a, b) => b.length - a.length);

function headAt(tokens: Token[], index: number): string[] | undefined {
  return HEADS.find((words) => words.every((word, k) => tokens[index + k]?.lower === word));
}

/** The title starting at token `index`, if any (the longest one). */
export function titleAt(tokens: Token[], index: number): TitleMatch | undefined {
  let k = index;
  const modifiers: string[] = [];
  let best: TitleMatch | undefined;
  while (k < tokens.length) {
    const head = headAt(tokens, k);
    if (head) {
      const end = k + head.length;
      best = { first: index, end, role: roleOf(head.join(' '), modifiers), head: head.join(' ') };
      if (tokens[k].possessive || !MODIFIERS.has(tokens[k].lower)) break;
    }
    if (!MODIFIERS.has(tokens[k].lower) || tokens[k].possessive) break;
    modifiers.push(tokens[k].lower);
    k += 1;
  }
  return best;
}

/** The title that ends right before token `end` (exclusive), if any. */
export function titleEndingAt(tokens: Token[], end: number): TitleMatch | undefined {
  for (let first = Math.max(0, end - 6); first < end; first += 1) {
    const match = titleAt(tokens, first);
    if (match && match.end === end) return match;
  }
  return undefined;
}

/** Words that may follow an appositive title before its comma: "envoy to the UN, Vassily Nebenzia". */
const APPOSITIVE_TAIL = /^(?:to|at|in|for|of|the|\p{Lu}[\p{L}.-]*)$/u;

/**
 * The title that introduces the name at token `nameStart`: right before it ("President Putin"), or
 * as an appositive before a comma ("adviser, Yury Ushakov", "envoy to the UN, Vassily Nebenzia").
 */
export function titleBeforeName(tokens: Token[], nameStart: number): TitleMatch | undefined {
  const direct = titleEndingAt(tokens, nameStart);
  if (direct || tokens[nameStart - 1]?.text !== ',') return direct;
  for (let end = nameStart - 1; end >= Math.max(1, nameStart - 5); end -= 1) {
    const title = titleEndingAt(tokens, end);
    // Between the title and the comma only a place or body may stand: "envoy to the UN".
    if (title) return end === nameStart - 1 || /^(?:to|at|in|for|of)$/.test(tokens[end].lower) ? title : undefined;
    if (!APPOSITIVE_TAIL.test(tokens[end - 1].text)) return undefined;
  }
  return undefined;
}

/** True when a word before the title says the role is over ("former Estonian diplomat"). */
export function isPastRole(tokens: Token[], title: TitleMatch): boolean {
  return [1, 2].some((back) => PAST_MODIFIERS.has(tokens[title.first - back]?.lower ?? ''));
}

function roleOf(head: string, modifiers: string[]): TitleRole {
  if (modifiers.some((m) => PAST_MODIFIERS.has(m))) return 'NONE';
  const role = TITLE_HEADS[head];
  return role === 'LEADS' && modifiers.some((m) => SUBORDINATE_MODIFIERS.has(m)) ? 'WORKS_FOR' : role;
}
