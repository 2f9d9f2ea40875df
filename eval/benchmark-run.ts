// Runs an extractor over benchmark texts, timing it, so every dataset is measured the same way.

import { performance } from 'node:perf_hooks';
import type { ExtractedArticle } from '../core/model.js';
import type { CleanArticle } from '../loaders/clean/clean-article.js';

/** Anything that turns a cleaned article into the extraction contract: our extractor or a baseline. */
export type ExtractFn = (article: CleanArticle) => ExtractedArticle;

export interface TimedExtraction {
  extracted: ExtractedArticle[];
  elapsedMs: number;
  words: number;
}

/** A bare CleanArticle around benchmark text, which has no title, source or date. */
export function benchmarkArticle(id: string, text: string): CleanArticle {
  return { id, file: null, parent: null, title: '', source: null, url: null, author: null, publishedAt: null, text };
}

/** Extracts every article in order and measures the time spent in `extract` alone. */
export function extractAll(extract: ExtractFn, articles: readonly CleanArticle[]): TimedExtraction {
  const extracted: ExtractedArticle[] = [];
  let elapsedMs = 0;
  for (const article of articles) {
    const started = performance.now();
    extracted.push(extract(article));
    elapsedMs += performance.now() - started;
  }
  const words = articles.reduce((sum, article) => sum + (article.text.match(/\S+/g)?.length ?? 0), 0);
  return { extracted, elapsedMs, words };
}
