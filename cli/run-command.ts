// Shared CLI plumbing: open the configured store, run an action, print errors without stack traces.

import { loadConfig, type Config } from '../core/config.js';
import { isNewsgraphError } from '../core/errors.js';
import type { GraphStore, OpenOptions } from '../store/graph-store.js';

/** Reads the configuration and opens the store it names (`options` as in GraphStore.open). */
export async function openStore(options: OpenOptions = {}): Promise<{ store: GraphStore; config: Config }> {
  const config = loadConfig();
  // Loaded on demand so that `extract` and `--help` never load the database engines.
  const { createStore } = await import('../store/index.js');
  const store = createStore(config);
  await store.open(options);
  return { store, config };
}

/** Opens the configured store, runs `action`, always closes the store. */
export async function withStore<T>(action: (store: GraphStore, config: Config) => Promise<T>): Promise<T> {
  const { store, config } = await openStore();
  try {
    return await action(store, config);
  } finally {
    await store.close();
  }
}

/** Wraps a command action: known errors print as one line and exit non-zero; unknown ones print their stack. */
export function runAction<A extends unknown[]>(action: (...args: A) => Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await action(...args);
      process.exitCode = code ?? 0;
    } catch (error) {
      if (isNewsgraphError(error)) {
        process.stderr.write(`newsgraph: ${error.message}\n`);
        process.exitCode = error.id === 'invalid_argument' ? 2 : 1;
      } else {
        process.stderr.write(`newsgraph: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
        process.exitCode = 1;
      }
    }
  };
}
