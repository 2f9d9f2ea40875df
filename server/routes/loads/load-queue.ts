// Server-side loads: queued, run one at a time through the loaders' pipeline, their progress kept for polling.

import { randomUUID } from 'node:crypto';
import type { LoadStatus } from '../../../core/model.js';
import { queuedLoadStatus } from '../../../core/load-status.js';
import { SerialQueue } from '../../../core/serial-queue.js';
import { loadRecords, type LoadSummary } from '../../../loaders/load-into-store.js';
import type { RawArticle } from '../../../loaders/read/raw-article.js';
import { readUploadedFiles, type UploadedFile } from '../../../loaders/read/read-uploads.js';
import { maxInputMegabytes } from '../../../core/config.js';
import type { GraphStore } from '../../../store/graph-store.js';

/** Finished loads remembered for GET /api/loads/:id; older ones are forgotten first. */
export const FINISHED_LOADS_KEPT = 100;

/**
 * One writer at a time: loads wait in a FIFO and run one after the other, so two requests never
 * interleave their articles (an embedded store has one write connection anyway). Reads do not wait
 * for it: each article is its own transaction, and readers see the articles committed so far.
 */
export class LoadQueue {
  private readonly queue = new SerialQueue();
  private readonly loads = new Map<string, LoadStatus>();

  constructor(private readonly store: GraphStore) {}

  /**
   * Queues the load of `records` and of uploaded `files` (read when the load runs, like files on
   * disk) and returns its status (state `queued`); the work happens later.
   */
  submit(records: RawArticle[], files: UploadedFile[] = []): LoadStatus {
    const status = queuedLoadStatus(randomUUID(), records.length + files.length);
    this.loads.set(status.id, status);
    this.forgetOldLoads();
    // A failure is recorded in the status; the queue itself never rejects.
    void this.queue.run(() => this.run(status, records, files));
    return { ...status };
  }

  /** The status of load `id`, or null when it is unknown (never submitted, or forgotten). */
  status(id: string): LoadStatus | null {
    const status = this.loads.get(id);
    return status ? { ...status, failures: [...status.failures] } : null;
  }

  private async run(status: LoadStatus, given: RawArticle[], files: UploadedFile[]): Promise<void> {
    status.state = 'running';
    status.startedAt = new Date().toISOString();
    try {
      const uploads = await readUploadedFiles(files, maxInputMegabytes());
      const records = [...given, ...uploads.articles];
      // Once read, a file counts as the articles it held (a JSON Lines file holds many), or as its failure.
      status.articlesTotal = records.length + uploads.failures.length;
      const record = (summary: LoadSummary, articlesDone: number) => {
        status.articlesDone = articlesDone;
        status.articlesAdded = summary.articlesAdded;
        status.articlesSkipped = summary.articlesSkipped;
        status.entitiesAdded = summary.entitiesAdded;
        status.relationsAdded = summary.relationsAdded;
        status.failures = summary.failures.map((failure) => ({ input: failure.line === undefined ? failure.file : `${failure.file}:${failure.line}`, reason: failure.reason }));
      };
      const summary = await loadRecords(this.store, records, { failures: uploads.failures, onProgress: (progress) => record(progress, uploads.failures.length + progress.filesDone) });
      record(summary, status.articlesTotal);
      status.state = 'done';
    } catch (error) {
      status.state = 'failed';
      status.error = `The load stopped: ${(error as Error).message}`;
    } finally {
      status.finishedAt = new Date().toISOString();
    }
  }

  private forgetOldLoads(): void {
    const finished = [...this.loads.values()].filter((load) => load.finishedAt !== null);
    for (const load of finished.slice(0, Math.max(0, finished.length - FINISHED_LOADS_KEPT))) this.loads.delete(load.id);
  }
}
