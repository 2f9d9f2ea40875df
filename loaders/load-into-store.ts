// Loads input paths, or articles already read, into a GraphStore: read → clean → extract → write, one transaction per article.

import type { GraphStore } from '../store/graph-store.js';
import { extractPaths, extractRecords, listInputFiles, type InputFailure, type PipelineEvent, type PipelineOptions } from './pipeline.js';
import type { RawArticle } from './read/raw-article.js';

export interface LoadProgress {
  /** Inputs (files, or given articles) fully handled: stored, skipped or failed. */
  filesDone: number;
  filesTotal: number;
  articlesAdded: number;
  articlesSkipped: number;
  failures: number;
}

export interface LoadSummary {
  files: number;
  articlesAdded: number;
  /** Articles already in the store, left unchanged. */
  articlesSkipped: number;
  entitiesAdded: number;
  relationsAdded: number;
  failures: InputFailure[];
}

export interface LoadOptions extends PipelineOptions {
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * Loads every article found under `paths` into `store`. Inputs are extracted on worker threads;
 * the writes stay on this thread, one transaction per article, in input order. One bad input or one
 * failed write is reported in `failures` and never stops the others.
 */
export async function loadPaths(store: GraphStore, paths: string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const listing = await listInputFiles(paths);
  return storeEvents(store, extractPaths(listing.files, { workers: options.workers }), listing.files.length, listing.failures, options);
}

/**
 * Loads articles already read (an API request's body) into `store`, like `loadPaths`; each record is
 * one input, named by its `file` in failures and counted in progress.
 */
export async function loadRecords(store: GraphStore, records: RawArticle[], options: LoadOptions = {}): Promise<LoadSummary> {
  return storeEvents(store, extractRecords(records, { workers: options.workers }), records.length, [], options);
}

/** Writes each extracted article, one transaction each, and counts what happened. */
async function storeEvents(
  store: GraphStore,
  events: AsyncGenerator<PipelineEvent>,
  inputs: number,
  earlyFailures: InputFailure[],
  options: LoadOptions,
): Promise<LoadSummary> {
  const summary: LoadSummary = {
    files: inputs,
    articlesAdded: 0,
    articlesSkipped: 0,
    entitiesAdded: 0,
    relationsAdded: 0,
    failures: [...earlyFailures],
  };
  const filesSeen = new Set<string>();
  const report = (file: string | null) => {
    if (file) filesSeen.add(file);
    options.onProgress?.({
      filesDone: filesSeen.size,
      filesTotal: inputs,
      articlesAdded: summary.articlesAdded,
      articlesSkipped: summary.articlesSkipped,
      failures: summary.failures.length,
    });
  };

  for await (const event of events) {
    if (event.kind === 'failure') {
      summary.failures.push(event.failure);
      report(event.failure.file);
      continue;
    }
    const { article } = event;
    try {
      const result = await store.writeArticle(article);
      if (result.skipped) summary.articlesSkipped += 1;
      else summary.articlesAdded += 1;
      summary.entitiesAdded += result.entitiesAdded;
      summary.relationsAdded += result.relationsAdded;
    } catch (error) {
      summary.failures.push({ file: article.file ?? article.id, reason: `could not be stored: ${(error as Error).message}` });
    }
    report(article.file);
  }
  return summary;
}
