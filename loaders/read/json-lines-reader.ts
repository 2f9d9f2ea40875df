// Reads JSON Lines: one article object per line, from a .jsonl file or standard input.

import { articleFromRecord } from './article-record.js';
import { isInputFailure, type InputFailure } from './input-failure.js';
import type { RawArticle } from './raw-article.js';
import type { Reader, ReadResult } from './reader.js';

/**
 * Reads one JSON Lines line (1-based `line`). Blank lines give null; a bad line gives a failure that
 * names its line, so the other lines still load.
 */
export function readJsonLine(text: string, file: string, line: number): RawArticle | InputFailure | null {
  if (!text.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { file, line, reason: `line ${line} is not valid JSON (${(error as Error).message})` };
  }
  const article = articleFromRecord(value, file, line);
  return typeof article === 'string' ? { file, line, reason: `line ${line}: ${article}` } : article;
}

/** Reader for `.jsonl` / `.ndjson` files. */
export const jsonLinesReader: Reader = {
  name: 'JSON Lines',
  extensions: ['.jsonl', '.ndjson'],
  read(content, file): ReadResult {
    const result: ReadResult = { articles: [], failures: [] };
    content.split(/\r?\n/).forEach((text, index) => {
      const read = readJsonLine(text, file, index + 1);
      if (read === null) return;
      if (isInputFailure(read)) result.failures.push(read);
      else result.articles.push(read);
    });
    return result;
  },
};
