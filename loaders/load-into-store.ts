// Loads input paths, or articles already read, into a GraphStore: read → clean → extract → write, in batches of whole articles or, for a first load, by bulk COPY.

import type { ExtractedArticle, WriteResult } from '../core/model.js';
import type { GraphStore } from '../store/graph-store.js';
import { extractPaths, extractRecords, listInputFiles, type InputFailure, type PipelineEvent, type PipelineOptions } from './pipeline.js';
import { type InputTally, tallyInputs } from './read/input-tally.js';
import type { RawArticle } from './read/raw-article.js';

/**
 * Articles written per transaction. Measured on 500 generated articles into Kùzu (2 busy cores):
 * one per transaction 10.9 s of CPU, 32 per transaction 7.3–8.9 s; 128 was no better than 32.
 */
export const ARTICLES_PER_TRANSACTION = 32;
/** A batch is written early once its texts reach this many characters, so long articles do not pile up in one transaction. */
const CHARACTERS_PER_TRANSACTION = 1_000_000;
/**
 * The fewest articles a first load COPYs (when asked to, see LoadOptions.copyFirstLoad). Below it the
 * batched writes take about a second or less (2,000 Reuters articles in 10 s), so staging files gains
 * nothing worth the other path, and small loads keep the path every later load takes.
 */
export const COPY_MIN_ARTICLES = 200;

export interface LoadSummary extends InputTally {
  articlesAdded: number;
  /** Articles already in the store, left unchanged. */
  articlesSkipped: number;
  entitiesAdded: number;
  relationsAdded: number;
  failures: InputFailure[];
  /** How the articles were written: by bulk COPY into the empty store, or in batches (also after a failed COPY, see copyFailure). */
  writtenBy: 'copy' | 'batches';
  /** Why a bulk COPY that was tried failed (the articles were then written in batches). */
  copyFailure?: string;
}

/** The summary so far, and how many inputs (files, or given articles) are fully handled: stored, skipped or failed. */
export interface LoadProgress extends Readonly<LoadSummary> {
  filesDone: number;
  filesTotal: number;
  /**
   * `writing`: articles are written as they are extracted. `extracting`: a first load is extracted whole
   * before one COPY (filesDone counts files extracted, articlesExtracted the articles waiting).
   * `copying`: that COPY is running, table `copyTable`.
   */
  phase: 'writing' | 'extracting' | 'copying';
  articlesExtracted: number;
  copyTable?: string;
}

export interface LoadOptions extends PipelineOptions {
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Write a first load (into an empty store) with the store's bulk import (Kùzu's COPY) when it has at
   * least COPY_MIN_ARTICLES articles: the articles are then held in memory until extraction ends. When
   * the store has no bulk import, is not empty, or the import fails, the articles are written in batches.
   * The CLI sets it; loads through the server (small uploads) do not.
   */
  copyFirstLoad?: boolean;
  /** Where a bulk COPY stages its files (default: the OS temporary folder); it needs room for about the articles' texts. */
  stagingFolder?: string;
}

/**
 * Loads every article found under `paths` into `store`. Inputs are extracted on worker threads;
 * the writes stay on this thread, in input order, a batch of whole articles per transaction (never
 * part of an article). One bad input or one failed write is reported in `failures` and never stops the others.
 */
export async function loadPaths(store: GraphStore, paths: string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const listing = await listInputFiles(paths);
  const storedPeople = await store.personNames();
  return storeEvents(store, extractPaths(listing.files, { workers: options.workers, maxInputMegabytes: options.maxInputMegabytes, storedPeople }), listing.files.length, listing.failures, options);
}

/**
 * Loads articles already read (an API request's body) into `store`, like `loadPaths`; each record is
 * one input, named by its `file` in failures and counted in progress. `failures` are inputs that
 * could not be read at all (an uploaded file that is binary, say); they are reported with the rest.
 */
export async function loadRecords(store: GraphStore, records: RawArticle[], options: LoadOptions & { failures?: InputFailure[] } = {}): Promise<LoadSummary> {
  return storeEvents(store, extractRecords(records, { workers: options.workers, storedPeople: await store.personNames() }), records.length, options.failures ?? [], options);
}

/**
 * Writes the extracted articles and counts what happened: in batches, one transaction each, as they
 * come; or, for a first load asked to be COPYed into an empty store, all at once after extraction.
 */
async function storeEvents(
  store: GraphStore,
  events: AsyncGenerator<PipelineEvent>,
  inputs: number,
  earlyFailures: InputFailure[],
  options: LoadOptions,
): Promise<LoadSummary> {
  const summary: LoadSummary = {
    files: 0,
    filesFailed: 0,
    recordsFailed: 0,
    articlesAdded: 0,
    articlesSkipped: 0,
    entitiesAdded: 0,
    relationsAdded: 0,
    failures: [...earlyFailures],
    writtenBy: 'batches',
  };
  const copyIntoEmptyStore = options.copyFirstLoad && store.copyIntoEmptyStore ? store.copyIntoEmptyStore.bind(store) : null;
  // Held until extraction ends, for one COPY; empty while writing in batches.
  const extracted: ExtractedArticle[] = [];
  let phase: LoadProgress['phase'] = copyIntoEmptyStore && (await store.stats()).articles === 0 ? 'extracting' : 'writing';
  const filesSeen = new Set<string>();
  const filesLoaded = new Set<string>();
  const report = (file: string | null, copyTable?: string) => {
    if (file) filesSeen.add(file);
    options.onProgress?.({ ...summary, filesDone: filesSeen.size, filesTotal: inputs, phase, articlesExtracted: extracted.length, ...(copyTable ? { copyTable } : {}) });
  };
  const record = (article: ExtractedArticle, result: WriteResult | Error) => {
    if (result instanceof Error) {
      summary.failures.push({ file: article.file ?? article.id, reason: `could not be stored: ${result.message}` });
    } else {
      if (result.skipped) summary.articlesSkipped += 1;
      else summary.articlesAdded += 1;
      summary.entitiesAdded += result.entitiesAdded;
      summary.relationsAdded += result.relationsAdded;
      if (article.file) filesLoaded.add(article.file);
    }
    report(article.file);
  };

  let batch: ExtractedArticle[] = [];
  let characters = 0;
  const flush = async () => {
    const articles = batch;
    batch = [];
    characters = 0;
    if (articles.length === 0) return;
    let results: (WriteResult | Error)[];
    try {
      results = await store.writeArticles(articles);
    } catch {
      // One bad article rolls back its whole batch: write them one by one, so that only it fails.
      results = [];
      for (const article of articles) results.push(await store.writeArticle(article).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
    }
    articles.forEach((article, index) => record(article, results[index]));
  };
  const write = async (article: ExtractedArticle) => {
    batch.push(article);
    characters += article.text.length;
    if (batch.length >= ARTICLES_PER_TRANSACTION || characters >= CHARACTERS_PER_TRANSACTION) await flush();
  };

  for await (const event of events) {
    if (event.kind === 'failure') {
      summary.failures.push(event.failure);
      report(event.failure.file);
    } else if (phase === 'extracting') {
      extracted.push(event.article);
      report(event.article.file);
    } else {
      await write(event.article);
    }
  }
  if (copyIntoEmptyStore && extracted.length >= COPY_MIN_ARTICLES) {
    phase = 'copying';
    try {
      const results = await copyIntoEmptyStore(extracted, { stagingFolder: options.stagingFolder, onCopy: (table) => report(null, table) });
      summary.writtenBy = 'copy';
      phase = 'writing';
      extracted.forEach((article, index) => record(article, results[index]));
      extracted.length = 0;
    } catch (error) {
      // The store is left empty (or was not empty): the batched writes store the same, skipping what is stored.
      summary.copyFailure = error instanceof Error ? error.message : String(error);
    }
  }
  phase = 'writing';
  for (const article of extracted.splice(0)) await write(article);
  await flush();
  return { ...summary, ...tallyInputs(filesLoaded, summary.failures) };
}
