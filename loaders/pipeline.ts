// The loading pipeline: read every input, clean it into stories, extract each story; failures are
// values. Inputs are read and extracted on a pool of worker threads; names are then resolved across
// articles on this thread, in input order, so the output is the same whatever the number of workers.
// (An article naming someone by surname alone waits for the end of the run: resolution-queue.ts.)

import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { extractionWorkers, maxInputMegabytes } from '../core/config.js';
import type { ExtractedArticle } from '../core/model.js';
import { isInputFailure, type InputFailure } from './read/input-failure.js';
import { walkInputs } from './read/input-files.js';
import { readJsonLine } from './read/json-lines-reader.js';
import type { RawArticle } from './read/raw-article.js';
import { tooLargeReason } from './read/file-checks.js';
import type { ReadOptions } from './read/read-input-file.js';
import { createResolutionQueue, type ResolutionQueue } from './resolve/resolution-queue.js';
import { createRunResolver } from './resolve/run-resolver.js';
import { extractInput, taskFailure, type InputOutcome, type InputTask } from './work/input-extraction.js';
import { createWorkerPool } from './work/worker-pool.js';

export type { InputFailure } from './read/input-failure.js';
export { listInputFiles } from './read/input-files.js';

export type PipelineEvent = { kind: 'article'; article: ExtractedArticle } | { kind: 'failure'; failure: InputFailure };

export interface PipelineOptions extends ReadOptions {
  /** Worker threads that read and extract inputs; 1 does the work on this thread. Default: NEWSGRAPH_WORKERS (one per core). */
  workers?: number;
  /** Full names of people already stored, for bare surnames (createRunResolver's `storedPeople`). */
  storedPeople?: readonly string[];
}

/** File name that stands for standard input in articles and failures. */
export const STDIN_FILE = '<stdin>';

/** The worker module: `.ts` when running from sources (tsx, Jest), `.js` in the built dist/. */
const WORKER_SCRIPT = new URL(`./work/extraction-worker${extname(new URL(import.meta.url).pathname)}`, import.meta.url);

/** Inputs handed out ahead of the one being yielded, per worker: keeps workers busy, memory bounded. */
const LOOKAHEAD_PER_WORKER = 4;

/** One unit the pipeline extracts: a task, or a failure found before extraction (a missing path). */
type InputEntry = InputTask | { kind: 'failure'; failure: InputFailure };

/** Resolves one input's extractions against the run, in order; an article may wait (resolution-queue.ts). */
function* resolved(outcomes: InputOutcome[], queue: ResolutionQueue): Generator<PipelineEvent> {
  for (const outcome of outcomes) {
    if (outcome.kind === 'failure') yield outcome;
    else for (const article of queue.take(outcome.extraction)) yield { kind: 'article', article };
  }
}

/** The articles that waited for the end of the run. */
function* waited(queue: ResolutionQueue): Generator<PipelineEvent> {
  for (const article of queue.finish()) yield { kind: 'article', article };
}

/**
 * Reads, cleans and extracts every input; yields articles and failures in input order, except that an
 * article naming someone by surname alone may come last (resolution-queue.ts). A bad input, or a
 * worker thread that dies on one, is a failure naming that input; the others go on.
 */
export function extractPaths(paths: string[], options: PipelineOptions = {}): AsyncGenerator<PipelineEvent> {
  return extractEntries(walkInputs(paths), options);
}

/**
 * Cleans and extracts articles already read (the body of an API request), on the same worker pool as
 * files; yields articles and failures in the order given. Each article keeps its given id.
 */
export function extractRecords(records: RawArticle[], options: PipelineOptions = {}): AsyncGenerator<PipelineEvent> {
  return extractEntries(
    records.map((raw): InputTask => ({ kind: 'raw', raw })),
    options,
  );
}

/** Extracts each task (file or record) on the worker pool, resolving names across them in order. */
async function* extractEntries(entries: AsyncIterable<InputEntry> | Iterable<InputEntry>, options: PipelineOptions): AsyncGenerator<PipelineEvent> {
  const workers = options.workers ?? extractionWorkers();
  const readOptions: ReadOptions = { maxInputMegabytes: options.maxInputMegabytes ?? maxInputMegabytes() };
  const queue = createResolutionQueue(createRunResolver(options.storedPeople));
  const pool = workers > 1 ? createWorkerPool<InputTask, InputOutcome[]>({ script: WORKER_SCRIPT, size: workers }) : undefined;
  const run = async (task: InputTask): Promise<InputOutcome[]> => {
    if (!pool) return extractInput(task);
    try {
      return await pool.run(task);
    } catch (error) {
      return [{ kind: 'failure', failure: taskFailure(task, `cannot extract it: ${(error as Error).message}`) }];
    }
  };
  const pending: Promise<InputOutcome[]>[] = [];
  try {
    for await (const entry of entries) {
      pending.push(entry.kind === 'failure' ? Promise.resolve([entry]) : run(entry.kind === 'file' ? { kind: 'file', file: entry.file, options: readOptions } : entry));
      while (pending.length > workers * LOOKAHEAD_PER_WORKER) yield* resolved(await pending.shift()!, queue);
    }
    while (pending.length > 0) yield* resolved(await pending.shift()!, queue);
    yield* waited(queue);
  } finally {
    await pool?.close();
  }
}

/**
 * Reads JSON Lines `{id, text, title?, publishedAt?, source?, url?}` from a stream (standard input),
 * then cleans and extracts each on this thread; every article keeps its given id. A bad line is a
 * failure with its line number, and the other lines still load; so is a line larger than the input size limit.
 */
export async function* extractStream(input: NodeJS.ReadableStream, options: ReadOptions = {}): AsyncGenerator<PipelineEvent> {
  const queue = createResolutionQueue();
  const limit = options.maxInputMegabytes ?? maxInputMegabytes();
  let line = 0;
  let records = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    const tooLarge = tooLargeReason(Buffer.byteLength(text), limit);
    const read = tooLarge ? { file: STDIN_FILE, line, reason: `line ${line} is ${tooLarge}` } : readJsonLine(text, STDIN_FILE, line);
    if (read === null) continue;
    records += 1;
    if (isInputFailure(read)) yield { kind: 'failure', failure: read };
    else yield* resolved(await extractInput({ kind: 'raw', raw: read }), queue);
  }
  yield* waited(queue);
  if (records === 0) {
    yield { kind: 'failure', failure: { file: STDIN_FILE, reason: 'standard input is empty: expecting JSON Lines, one {"id", "text"} object per line' } };
  }
}
