// Date-range and source filters: patch the store at once, then redraw the focused neighbourhood from the server (debounced).

import type { ExplorerState, StateStore } from './state-store.js';

/** A change of any filter field. */
export type FilterPatch = Partial<Pick<ExplorerState, 'dateFrom' | 'dateTo' | 'sources' | 'hiddenTypes' | 'hiddenGroups' | 'hiddenPredicates' | 'minArticles'>>;

/** Quiet time after the last change before the neighbourhood is fetched again: a brush drag or fast typing sends one request. */
export const REFETCH_DELAY_MS = 300;

/**
 * Returns the function filter controls call: it applies `patch` to the store immediately (so the
 * controls and client-side filters follow at once) and, when the date range or the sources
 * changed, redraws the focused entity's neighbourhood with them after REFETCH_DELAY_MS of quiet.
 */
export function createFilterSetter(store: StateStore, redraw: (focusId: string, name?: string) => Promise<void>): (patch: FilterPatch) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (patch) => {
    const before = store.get();
    store.update(patch);
    const after = store.get();
    const serverSide = before.dateFrom !== after.dateFrom || before.dateTo !== after.dateTo || !sameSet(before.sources, after.sources);
    if (!serverSide) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { focusId, graph } = store.get();
      if (focusId) void redraw(focusId, graph.nodes.get(focusId)?.name);
    }, REFETCH_DELAY_MS);
  };
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((value) => b.has(value));
}
