// One Kùzu connection used by one task at a time, with its prepared statements cached.

import type { Connection, KuzuValue, PreparedStatement, QueryResult } from 'kuzu';
import { SerialQueue } from '../../core/serial-queue.js';
import { toPlainRow } from './kuzu-values.js';

/**
 * A connection plus a queue: Kùzu crashes the process when two queries run on one connection at
 * once, so every use goes through `exclusive`.
 */
export class KuzuLane {
  private readonly queue = new SerialQueue();
  private readonly prepared = new Map<string, PreparedStatement>();

  constructor(readonly connection: Connection) {}

  /** Runs `task` after every task queued on this lane before it. */
  exclusive<T>(task: (lane: KuzuLane) => Promise<T>): Promise<T> {
    return this.queue.run(() => task(this));
  }

  /**
   * Executes a prepared statement and returns its rows as plain JSON. The store's own statements are
   * prepared once per lane; user queries pass `cache: false`, or every distinct query typed would stay in memory.
   */
  async rows(statement: string, params: Record<string, unknown> = {}, rowLimit = Infinity, { cache = true } = {}): Promise<{ rows: Record<string, unknown>[]; columns: string[]; truncated: boolean }> {
    const prepared = cache ? await this.prepare(statement) : await this.connection.prepare(statement);
    const results = await this.connection.execute(prepared, params as Record<string, KuzuValue>);
    return readAndClose(results, rowLimit);
  }

  /** Runs a statement without parameters (transaction control); its result is discarded. */
  async run(statement: string): Promise<void> {
    await readAndClose(await this.connection.query(statement), 0);
  }

  private async prepare(statement: string): Promise<PreparedStatement> {
    const cached = this.prepared.get(statement);
    if (cached) return cached;
    const prepared = await this.connection.prepare(statement);
    if (prepared.isSuccess()) this.prepared.set(statement, prepared);
    return prepared;
  }
}

// Every QueryResult must be closed before its connection is, or the process crashes on exit.
async function readAndClose(results: QueryResult | QueryResult[], rowLimit: number) {
  const all = Array.isArray(results) ? results : [results];
  try {
    const last = all[all.length - 1];
    const rows: Record<string, unknown>[] = [];
    let truncated = false;
    while (last.hasNext()) {
      if (rows.length >= rowLimit) {
        truncated = true;
        break;
      }
      rows.push(toPlainRow((await last.getNext()) as Record<string, unknown>));
    }
    return { rows, columns: last.getColumnNamesSync(), truncated };
  } finally {
    for (const result of all) result.close();
  }
}
