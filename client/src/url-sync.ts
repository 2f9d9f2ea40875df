// Keeps the address bar and the explorer in step: changes write the URL, a loaded or revisited URL rebuilds the view.

import type { ExplorerActions } from './explorer-actions.js';
import type { InvestigateActions } from './investigate/investigate-actions.js';
import type { StateStore } from './state-store.js';
import { isMeaningfulChange, parseUrlState, serializeUrlState, urlStateOf, type UrlState } from './url-state.js';

/**
 * Restores the view the page's URL describes, then records every later change: a new history entry
 * (pushState) when what is drawn changes, a replaced one (replaceState) for selection, layout and
 * filters. Back and forward rebuild the view (and the investigation) they lead to. Resolves once the first view is restored.
 */
export function bindUrlState(store: StateStore, actions: ExplorerActions, investigate: InvestigateActions): Promise<void> {
  let restoring = 0;
  let recorded: UrlState = parseUrlState(location.search);

  function write(push: boolean): void {
    const next = urlStateOf(store.get());
    const search = serializeUrlState(next, location.search);
    if (search !== location.search) {
      const url = `${location.pathname}${search}${location.hash}`;
      if (push && isMeaningfulChange(recorded, next)) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    recorded = next;
  }

  async function restore(target: UrlState): Promise<void> {
    restoring++;
    try {
      await actions.restore(target, isMeaningfulChange(urlStateOf(store.get()), target));
      await investigate.restore(target.investigation);
    } finally {
      restoring--;
    }
    // What the server no longer has (a deleted entity) drops out of the URL instead of failing again.
    if (restoring === 0) write(false);
  }

  store.subscribe((state) => {
    if (restoring === 0 && state.status.kind !== 'loading') write(true);
  });
  window.addEventListener('popstate', () => {
    recorded = parseUrlState(location.search);
    void restore(recorded);
  });
  return restore(recorded);
}
