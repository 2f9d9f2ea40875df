// The history of queries run in the console, newest first, kept in the browser's storage.

import { hasStringFields, readList, writeList, type KeyValueStorage } from './stored-list.js';

export interface HistoryEntry {
  query: string;
  /** ISO timestamp of the last run. */
  ranAt: string;
}

export interface QueryHistoryOptions {
  /** Storage key; one history per browser profile and origin. */
  key?: string;
  /** Entries kept; the oldest fall off. */
  limit?: number;
}

const DEFAULTS: Required<QueryHistoryOptions> = { key: 'newsgraph.console.history', limit: 100 };

const isEntry = (value: unknown): value is HistoryEntry => hasStringFields(value, ['query', 'ranAt']);

/** Run queries, newest first, without repeats: running a query again moves it to the top. */
export class QueryHistory {
  private readonly options: Required<QueryHistoryOptions>;

  constructor(
    private readonly storage: KeyValueStorage,
    options: QueryHistoryOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** The entries, newest first. */
  list(): HistoryEntry[] {
    return readList(this.storage, this.options.key, isEntry);
  }

  /** Records a run of `query` (trimmed; blank queries are ignored) and returns the new list. */
  add(query: string, ranAt: Date = new Date()): HistoryEntry[] {
    const text = query.trim();
    if (!text) return this.list();
    const entries = [{ query: text, ranAt: ranAt.toISOString() }, ...this.list().filter((entry) => entry.query !== text)].slice(0, this.options.limit);
    writeList(this.storage, this.options.key, entries);
    return entries;
  }

  /** Removes one query from the history. */
  remove(query: string): HistoryEntry[] {
    const entries = this.list().filter((entry) => entry.query !== query);
    writeList(this.storage, this.options.key, entries);
    return entries;
  }

  /** Forgets every entry. */
  clear(): void {
    writeList(this.storage, this.options.key, []);
  }
}
