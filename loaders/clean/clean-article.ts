// Cleaning: turns one read article (a messy pasted page, often) into clean stories ready for extraction.

import type { CleanArticle } from '../../core/model.js';
import type { RawArticle } from '../read/raw-article.js';
import { articleIdFromText } from './article-id.js';
import { splitParagraphs } from './normalise-text.js';
import { parseStory, type StoryParts } from './parse-story.js';
import { parsePublishedDate } from './published-date.js';
import { splitRelatedStories } from './related-stories.js';

export type { CleanArticle } from '../../core/model.js';

/** Paragraphs of the cleaned body are separated by one blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

const TITLE_MAX = 160;

/** The body's first sentence, cut at a word boundary: the title of a page that shows none. */
function titleFromText(text: string): string {
  const first = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)[Symbol.iterator]().next();
  const sentence = (first.done ? text : first.value.segment).trim();
  if (sentence.length <= TITLE_MAX) return sentence;
  return sentence.slice(0, sentence.lastIndexOf(' ', TITLE_MAX - 1)) + '…';
}

function toArticle(parts: StoryParts, id: string | null, file: string, url: string | null, parent: string | null): CleanArticle {
  const text = parts.paragraphs.join(PARAGRAPH_SEPARATOR);
  return {
    id: id ?? articleIdFromText(text),
    file,
    parent,
    title: parts.title ?? titleFromText(text),
    source: parts.source,
    url,
    author: parts.author,
    publishedAt: parts.publishedAt,
    text,
  };
}

/**
 * Cleans one read article: normalises characters, drops page furniture, finds title, outlet, author
 * and date, and splits a "Related Articles" block into stories of their own whose `parent` is the
 * main story's id. The main story comes first. Returns [] when no story text is left.
 */
export function cleanArticle(raw: RawArticle): CleanArticle[] {
  const { main, related } = splitRelatedStories(splitParagraphs(raw.text));
  const mainParts = parseStory(main, {
    title: raw.title?.trim() || null,
    source: raw.source?.trim() || null,
    author: raw.author?.trim() || null,
    publishedAt: parsePublishedDate(raw.publishedAt),
  });
  if (mainParts.paragraphs.length === 0) return [];

  const mainArticle = toArticle(mainParts, raw.id ?? null, raw.file, raw.url?.trim() || null, null);
  const articles = [mainArticle];
  const seen = new Set([mainArticle.id]);
  for (const story of related) {
    const parts = parseStory(story);
    if (parts.paragraphs.length === 0) continue;
    const article = toArticle(parts, null, raw.file, null, mainArticle.id);
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    articles.push(article);
  }
  return articles;
}
