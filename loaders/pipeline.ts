// The loading pipeline: read every input, clean it into stories, extract each story; failures are values.

import { createInterface } from 'node:readline';
import type { ExtractedArticle } from '../core/model.js';
import { cleanArticle } from './clean/clean-article.js';
import { createExtractor, type Extractor } from './extract/extract-article.js';
import { isInputFailure, type InputFailure } from './read/input-failure.js';
import { walkInputs } from './read/input-files.js';
import { readJsonLine } from './read/json-lines-reader.js';
import type { RawArticle } from './read/raw-article.js';
import { readInputFile } from './read/read-input-file.js';

export type { InputFailure } from './read/input-failure.js';
export { listInputFiles } from './read/input-files.js';

export type PipelineEvent = { kind: 'article'; article: ExtractedArticle } | { kind: 'failure'; failure: InputFailure };

export interface PipelineOptions {
  /** Holds cross-article state for one run; a fresh one is made when omitted. */
  extractor?: Extractor;
}

/** File name that stands for standard input in articles and failures. */
export const STDIN_FILE = '<stdin>';

function failure(raw: RawArticle, reason: string): PipelineEvent {
  return { kind: 'failure', failure: { file: raw.file, ...(raw.line === undefined ? {} : { line: raw.line }), reason } };
}

/** Cleans one read article and extracts each of its stories, main story first. */
function* cleanAndExtract(raw: RawArticle, extractor: Extractor): Generator<PipelineEvent> {
  let stories;
  try {
    stories = cleanArticle(raw);
  } catch (error) {
    yield failure(raw, `cannot clean it (${(error as Error).message})`);
    return;
  }
  if (stories.length === 0) {
    yield failure(raw, 'no story text is left once page furniture (sign-in prompts, ads, links) is removed: nothing to extract');
    return;
  }
  for (const story of stories) {
    try {
      yield { kind: 'article', article: extractor.extract(story) };
    } catch (error) {
      yield failure(raw, `cannot extract "${story.title}" (${(error as Error).message})`);
    }
  }
}

/** Reads, cleans and extracts every input; yields articles and failures in input order. */
export async function* extractPaths(paths: string[], options: PipelineOptions = {}): AsyncGenerator<PipelineEvent> {
  const extractor = options.extractor ?? createExtractor();
  for await (const entry of walkInputs(paths)) {
    if (entry.kind === 'failure') {
      yield entry;
      continue;
    }
    const { articles, failures } = await readInputFile(entry.file);
    // JSON Lines failures go back between the articles of the lines around them.
    const items: (RawArticle | InputFailure)[] = [...articles, ...failures].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    for (const item of items) {
      if (isInputFailure(item)) yield { kind: 'failure', failure: item };
      else yield* cleanAndExtract(item, extractor);
    }
  }
}

/**
 * Reads JSON Lines `{id, text, title?, publishedAt?, source?, url?}` from a stream (standard input),
 * then cleans and extracts each; every article keeps its given id. A bad line is a failure with its
 * line number, and the other lines still load.
 */
export async function* extractStream(input: NodeJS.ReadableStream, options: PipelineOptions = {}): AsyncGenerator<PipelineEvent> {
  const extractor = options.extractor ?? createExtractor();
  let line = 0;
  let records = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    const read = readJsonLine(text, STDIN_FILE, line);
    if (read === null) continue;
    records += 1;
    if (isInputFailure(read)) yield { kind: 'failure', failure: read };
    else yield* cleanAndExtract(read, extractor);
  }
  if (records === 0) {
    yield { kind: 'failure', failure: { file: STDIN_FILE, reason: 'standard input is empty: expecting JSON Lines, one {"id", "text"} object per line' } };
  }
}
