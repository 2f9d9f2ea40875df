// The message over the canvas when the date range or the sources leave the focused entity without any relation.

import { el } from './dom.js';
import type { ExplorerState, StateStore } from './state-store.js';
import { describeRange } from './timeline-range.js';

/** The sentence for an empty filtered neighbourhood, or null when there is nothing to say. */
export function emptyFilterMessage(state: ExplorerState): string | null {
  const narrowed = state.dateFrom || state.dateTo || state.sources.size > 0;
  if (!narrowed || !state.focusId || state.status.kind !== 'idle' || state.graph.edges.size > 0 || !state.graph.nodes.has(state.focusId)) return null;
  // describeRange says "from …" or "until …" for an open end, and just the dates for a closed range.
  const range = describeRange(state.dateFrom, state.dateTo);
  const when = state.dateFrom && state.dateTo ? ` dated ${range}` : state.dateFrom || state.dateTo ? ` ${range}` : '';
  const where = state.sources.size > 0 ? ` from ${state.sources.size === 1 ? [...state.sources][0] : `the ${state.sources.size} chosen sources`}` : '';
  const widen = state.dateFrom || state.dateTo ? 'widen the range' : 'choose more sources';
  return `No relations${when}${where} — ${widen}.`;
}

/** Builds the notice bound to a store; it shows only while the filtered neighbourhood is empty. */
export function createFiltersNotice(store: StateStore): HTMLElement {
  const root = el('div', { className: 'filters-notice', attrs: { role: 'status', 'data-testid': 'filters-notice', hidden: true } });
  const render = (state: ExplorerState): void => {
    const message = emptyFilterMessage(state);
    root.hidden = message === null;
    root.textContent = message ?? '';
  };
  render(store.get());
  store.subscribe(render);
  return root;
}
