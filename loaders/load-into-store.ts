// Loads input paths into a GraphStore: read → clean → extract → write, one transaction per article.

import type { GraphStore } from '../store/graph-store.js';
import { type InputTally, tallyInputs } from './read/input-tally.js';
import { extractPaths, listInputFiles, type InputFailure, type PipelineOptions } from './pipeline.js';

export interface LoadProgress {
  filesDone: number;
  filesTotal: number;
  articlesAdded: number;
}

export interface LoadSummary extends InputTally {
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
  const summary: LoadSummary = {
    files: 0,
    filesFailed: 0,
    recordsFailed: 0,
    articlesAdded: 0,
    articlesSkipped: 0,
    entitiesAdded: 0,
    relationsAdded: 0,
    failures: [...listing.failures],
  };
  const filesSeen = new Set<string>();
  const filesLoaded = new Set<string>();
  const report = (file: string | null) => {
    if (file) filesSeen.add(file);
    options.onProgress?.({ filesDone: filesSeen.size, filesTotal: listing.files.length, articlesAdded: summary.articlesAdded });
  };

  for await (const event of extractPaths(listing.files, { workers: options.workers, maxInputMegabytes: options.maxInputMegabytes })) {
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
      if (article.file) filesLoaded.add(article.file);
    } catch (error) {
      summary.failures.push({ file: article.file ?? article.id, reason: `could not be stored: ${(error as Error).message}` });
    }
    report(article.file);
  }
  return { ...summary, ...tallyInputs(filesLoaded, summary.failures) };
}
