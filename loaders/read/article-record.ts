// The article object of JSON and JSON Lines input, validated: {id?, title?, text|body|content, …}.

import { z } from 'zod';
import type { RawArticle } from './raw-article.js';

const optionalText = z.string().nullish();

const articleRecord = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  title: optionalText,
  text: optionalText,
  body: optionalText,
  content: optionalText,
  publishedAt: z.union([z.string(), z.number()]).nullish(),
  date: z.union([z.string(), z.number()]).nullish(),
  source: optionalText,
  url: optionalText,
  author: optionalText,
});

/** Example shown when a record is not an article object. */
export const RECORD_EXAMPLE = '{"id": "…", "title": "…", "text": "…", "publishedAt": "2025-06-02"}';

/**
 * Turns one parsed JSON value into a raw article. Returns a reason string instead when the value is
 * not an article object or has no text.
 */
export function articleFromRecord(value: unknown, file: string, line?: number): RawArticle | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expecting an article object like ${RECORD_EXAMPLE}, found ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}`;
  }
  const parsed = articleRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `field "${issue.path.join('.')}" is not valid (${issue.message}); expecting text values as in ${RECORD_EXAMPLE}`;
  }
  const record = parsed.data;
  const text = record.text ?? record.body ?? record.content ?? '';
  if (!text.trim()) return 'the article has no text: expecting a non-empty "text" (or "body" / "content") field';
  const publishedAt = record.publishedAt ?? record.date;
  return {
    file,
    ...(line === undefined ? {} : { line }),
    ...(record.id === undefined ? {} : { id: String(record.id) }),
    title: record.title ?? null,
    source: record.source ?? null,
    url: record.url ?? null,
    author: record.author ?? null,
    publishedAt: publishedAt === undefined || publishedAt === null ? null : String(publishedAt),
    text,
  };
}
