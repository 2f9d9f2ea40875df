// Parameters of the /api/articles routes.

import { z } from 'zod';

/** Deepest page of the article list: each page reads every article before it, newest first. */
export const MAX_ARTICLE_OFFSET = 10_000;

export const listArticlesQuery = z.object({
  limit: z.coerce.number().int('expecting an integer').min(1, 'expecting at least 1').max(500, 'expecting at most 500').default(50),
  offset: z.coerce
    .number()
    .int('expecting an integer')
    .min(0, 'expecting 0 or more')
    .max(MAX_ARTICLE_OFFSET, `expecting at most ${MAX_ARTICLE_OFFSET}; find older articles by searching their entities, or with Cypher`)
    .default(0),
});

export const articleParams = z.object({
  id: z.string().min(1, 'expecting an article id').max(300, 'expecting at most 300 characters'),
});

/** Articles one POST /api/articles may carry; more go in further requests. */
export const MAX_ARTICLES_PER_LOAD = 1000;

const optionalText = (max: number) => z.string().max(max, `expecting at most ${max} characters`).nullish();

/** One article to load: its text and, optionally, the facts the cleaner would otherwise look for. */
const articleToLoad = z.strictObject({
  text: z
    .string({ error: 'expecting the article text as a string' })
    .max(500_000, 'expecting at most 500,000 characters; split longer texts')
    .refine((text) => text.trim() !== '', 'expecting non-empty text'),
  title: optionalText(1000),
  source: optionalText(300),
  url: optionalText(2000),
  author: optionalText(300),
  publishedAt: optionalText(100),
  id: z.string().min(1, 'expecting a non-empty id').max(300, 'expecting at most 300 characters').optional(),
});

/** One uploaded file: its name (the extension picks the reader, as for `newsgraph load`) and its bytes in base64. */
const fileToLoad = z.strictObject({
  name: z.string({ error: 'expecting the file name as a string' }).min(1, 'expecting a file name').max(255, 'expecting at most 255 characters'),
  data: z.base64({ error: 'expecting the file bytes in base64' }),
});

/** Body of POST /api/articles: articles as JSON, uploaded files, or both. */
export const loadArticlesBody = z
  .strictObject({
    articles: z
      .array(articleToLoad, { error: 'expecting a list of articles: {"articles": [{"text": "…"}]}' })
      .max(MAX_ARTICLES_PER_LOAD, `expecting at most ${MAX_ARTICLES_PER_LOAD} articles per request; send the rest in further requests`)
      .default([]),
    files: z
      .array(fileToLoad, { error: 'expecting a list of files: {"files": [{"name": "story.html", "data": "<base64>"}]}' })
      .max(MAX_ARTICLES_PER_LOAD, `expecting at most ${MAX_ARTICLES_PER_LOAD} files per request; send the rest in further requests`)
      .default([]),
  })
  .refine((body) => body.articles.length + body.files.length > 0, 'expecting at least one article or file: {"articles": [{"text": "…"}]} or {"files": [{"name", "data"}]}');
