// Reads .json input: one article object, an array of them, or {"articles": [...]} (our own output).

import { articleFromRecord } from './article-record.js';
import type { Reader, ReadResult } from './reader.js';

/** Reader for `.json` files. */
export const jsonReader: Reader = {
  name: 'JSON',
  extensions: ['.json'],
  read(content, file): ReadResult {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      return { articles: [], failures: [{ file, reason: `not valid JSON (${(error as Error).message}); fix the file or save it as .txt` }] };
    }
    const wrapped = typeof value === 'object' && value !== null && Array.isArray((value as { articles?: unknown }).articles);
    const records = Array.isArray(value) ? value : wrapped ? (value as { articles: unknown[] }).articles : [value];
    const result: ReadResult = { articles: [], failures: [] };
    if (records.length === 0) result.failures.push({ file, reason: 'the JSON array is empty: no articles to read' });
    records.forEach((record, index) => {
      const article = articleFromRecord(record, file);
      if (typeof article !== 'string') result.articles.push(article);
      else if (records.length > 1 || Array.isArray(value)) result.failures.push({ file, index, reason: `item at index ${index}: ${article}` });
      else result.failures.push({ file, reason: article });
    });
    return result;
  },
};
