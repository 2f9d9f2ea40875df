// Keeps the Kùzu store's adjacency index in step with the database: built in the background on demand, dropped by every write.

import { PREDICATE_NAMES } from '../../core/vocabulary.js';
import { AdjacencyIndex, type PredicateColumns } from './adjacency-index.js';
import * as statements from './statements.js';

type Read = (statement: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * The index is only ever handed out when it holds every committed write: a write drops it, and a
 * build that a write overlapped is thrown away. Reads that find no index answer from the statements
 * (as before the index existed) while one build runs in the background, so no request waits for a
 * build (measured on the 1M-relationship bench graph: a few seconds) and a load that keeps writing
 * never slows the reads beside it down.
 */
export class AdjacencyCache {
  private index: AdjacencyIndex | null = null;
  private building: Promise<AdjacencyIndex | null> | null = null;
  /** Bumped when a write starts and when it ends: a build is kept only if it saw no change of it. */
  private generation = 0;
  private writesUnderway = 0;

  constructor(private readonly read: Read) {}

  /** The index when it is up to date; otherwise null, and a build starts (unless a write is under way). */
  current(): AdjacencyIndex | null {
    if (!this.index && this.writesUnderway === 0) void this.build();
    return this.index;
  }

  /** Builds the index now, or waits for the build under way; null when a write overlapped it or it failed. */
  build(): Promise<AdjacencyIndex | null> {
    if (this.index) return Promise.resolve(this.index);
    this.building ??= this.load().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /** Runs a write: the index is dropped before it starts, and no build overlapping it is kept. */
  async whileWriting<T>(write: () => Promise<T>): Promise<T> {
    this.writesUnderway++;
    this.generation++;
    this.index = null;
    try {
      return await write();
    } finally {
      this.writesUnderway--;
      this.generation++;
    }
  }

  private async load(): Promise<AdjacencyIndex | null> {
    const generation = this.generation;
    try {
      const [entities] = await this.read(statements.ADJACENCY_ENTITIES);
      const tables: PredicateColumns[] = [];
      for (const predicate of PREDICATE_NAMES) {
        const [row] = await this.read(statements.ADJACENCY_RELATIONS[predicate]);
        tables.push({ predicate, from: offsetList(row?.subjects), to: offsetList(row?.objects), dates: dateList(row?.dates) });
      }
      if (generation !== this.generation || this.writesUnderway > 0) return null;
      const index = new AdjacencyIndex(
        { offsets: (entities?.offsets as number[] | undefined) ?? [], ids: (entities?.ids as string[] | undefined) ?? [], types: (entities?.types as string[] | undefined) ?? [] },
        tables,
      );
      // Building takes a while too: a write may have come in meanwhile.
      if (generation !== this.generation || this.writesUnderway > 0) return null;
      this.index = index;
      return index;
    } catch {
      // The statements keep answering without the index (a store closed mid-build ends up here).
      return null;
    }
  }
}

/** Dates prefixed with '=' by the statement, '' for none (collect would drop NULLs). */
function dateList(prefixed: unknown): (string | null)[] {
  return ((prefixed as string[] | null) ?? []).map((date) => (date === '' ? null : date.slice(1)));
}

/** Offsets joined with commas by the statement ('' for none). */
function offsetList(joined: unknown): Int32Array {
  const text = String(joined ?? '');
  return text === '' ? new Int32Array(0) : Int32Array.from(text.split(','), Number);
}
