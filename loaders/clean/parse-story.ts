// Reads one story's paragraphs: drops page furniture, finds headline, outlet, byline and date.

import { isBoilerplate, isShoutedLink, isStrayFragment, TITLE_PREFIX, trimTrailingFurniture } from './boilerplate.js';
import { parseByline } from './byline.js';
import { isFragment, isHeadline, isMasthead, isProse, sameWords, wordCount } from './paragraph-shape.js';
import { isRelativeTimeLine, parseDateLine } from './published-date.js';

/** What the input already said about the story (front matter, JSON fields, meta tags). */
export interface KnownFacts {
  title?: string | null;
  source?: string | null;
  author?: string | null;
  publishedAt?: string | null;
}

/** One story, cleaned. `title` is null when neither the input nor the page header names one. */
export interface StoryParts {
  title: string | null;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  paragraphs: string[];
}

/** "- Russia Today", "Source: Reuters", "via AP": an outlet named on its own line. */
const SOURCE_LINE = /^(?:[-–—•]\s*|source:\s*|via\s+)(\p{L}[\p{L}\p{N}&.' -]{1,60})$/iu;

/** Header lines: everything before the first paragraph of running text. */
function headerLength(paragraphs: string[]): number {
  const firstProse = paragraphs.findIndex(isProse);
  // Without running text (a one-line note) the last paragraph is the body.
  return firstProse >= 0 ? firstProse : Math.max(0, paragraphs.length - 1);
}

/**
 * Cleans one story's paragraphs. Facts the input gave win over what the header lines suggest; header
 * lines that are not a fact (menu items, place tags, counters) are dropped.
 */
export function parseStory(paragraphs: string[], known: KnownFacts = {}): StoryParts {
  const kept = paragraphs
    .filter((p) => !isBoilerplate(p) && !isStrayFragment(p) && !isRelativeTimeLine(p))
    .map(trimTrailingFurniture);
  const split = headerLength(kept);
  const header = kept.slice(0, split);

  let source = known.source ?? null;
  let author = known.author ?? null;
  let publishedAt = known.publishedAt ?? null;
  const headlines: string[] = [];
  for (const line of header) {
    const date = parseDateLine(line);
    if (date) {
      publishedAt ??= date;
      continue;
    }
    const byline = parseByline(line);
    if (byline) {
      author ??= byline;
      continue;
    }
    const outlet = SOURCE_LINE.exec(line)?.[1] ?? (isMasthead(line) && headlines.length === 0 ? line : null);
    if (outlet) {
      source ??= outlet.trim();
      continue;
    }
    const headline = line.replace(TITLE_PREFIX, '');
    if (isHeadline(headline)) headlines.push(headline);
  }
  const title = known.title ?? headlines.find((headline) => !source || !sameWords(headline, source)) ?? null;

  const body: string[] = [];
  for (const paragraph of kept.slice(split)) {
    if ((title && sameWords(paragraph, title)) || (source && sameWords(paragraph, source))) continue;
    if (isShoutedLink(paragraph)) continue;
    if (wordCount(paragraph) <= 8) {
      const byline = parseByline(paragraph);
      const date = byline ? null : parseDateLine(paragraph);
      author ??= byline;
      publishedAt ??= date;
      if (byline || date) continue;
    }
    if (isFragment(paragraph)) continue;
    body.push(paragraph);
  }
  return { title, source, author, publishedAt, paragraphs: body };
}
