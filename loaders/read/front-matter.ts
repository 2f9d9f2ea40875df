// YAML front matter (gray-matter) at the top of .md and .txt articles: the story's facts.

import matter from 'gray-matter';
import type { RawArticle } from './raw-article.js';

/** The facts front matter can give, and the body that follows it. */
export type FrontMatter = Pick<RawArticle, 'title' | 'source' | 'url' | 'author' | 'publishedAt'> & { body: string };

/** A front-matter value as text, by the first key present. */
function fact(data: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = data[key];
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return null;
}

/**
 * gray-matter runs front matter marked `---js` or `---javascript` through eval(): any article file
 * could run code in the loader. That engine is replaced by one that refuses.
 */
const NO_JAVASCRIPT = {
  javascript: {
    parse: (): never => {
      throw new Error('JavaScript front matter (---js) is never run; write the facts as YAML');
    },
  },
};

/**
 * Splits optional front matter (title, source/publisher, url/link, author/byline, publishedAt/date)
 * from the body. Throws gray-matter's error when the YAML is malformed, or when the front matter is
 * JavaScript, which is never run.
 */
export function readFrontMatter(content: string): FrontMatter {
  // An options object keeps gray-matter from caching by content across files.
  const parsed = matter(content, { engines: NO_JAVASCRIPT });
  const data = parsed.data as Record<string, unknown>;
  return {
    title: fact(data, 'title'),
    source: fact(data, 'source', 'publisher'),
    url: fact(data, 'url', 'link'),
    author: fact(data, 'author', 'byline'),
    publishedAt: fact(data, 'publishedAt', 'date', 'published'),
    body: parsed.content,
  };
}

/** The failure reason for malformed front matter. */
export function frontMatterReason(error: unknown): string {
  return `the front matter is not valid YAML (${(error as Error).message}); fix it or remove it`;
}
