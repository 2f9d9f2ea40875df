// Messages over the canvas: loading, errors, the empty start state and the "result was capped" notice.

import { el, replaceChildren } from './dom.js';
import type { ExplorerActions } from './explorer-actions.js';
import type { ExplorerState, StateStore } from './state-store.js';

/** Builds the overlay bound to a store; returns its root element. */
export function createCanvasOverlay(store: StateStore, actions: ExplorerActions): HTMLElement {
  const status = el('div', { className: 'canvas-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const empty = el(
    'div',
    { className: 'canvas-empty', attrs: { 'data-testid': 'canvas-empty' } },
    el('div', { className: 'canvas-empty-art', attrs: { 'aria-hidden': 'true' } }),
    el('p', { className: 'state-title' }, 'Nothing on the canvas yet'),
    el('p', { className: 'state-hint' }, 'Search for an entity (press /) or pick one of the most connected on the left to draw its neighbourhood.'),
  );
  const root = el('div', { className: 'canvas-overlay' }, status, empty);

  let shown: unknown[] = [];
  function render(state: ExplorerState): void {
    if (shown[0] === state.status && shown[1] === state.graph && shown[2] === state.truncated) return;
    shown = [state.status, state.graph, state.truncated];
    empty.hidden = state.graph.nodes.size > 0 || state.status.kind === 'loading';
    if (state.status.kind === 'loading') {
      replaceChildren(status, el('span', { className: 'pill' }, el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), state.status.message));
    } else if (state.status.kind === 'error') {
      replaceChildren(
        status,
        el(
          'div',
          { className: 'pill pill-error', attrs: { role: 'alert' } },
          state.status.message,
          el('button', { className: 'pill-close', attrs: { type: 'button', 'aria-label': 'Dismiss' }, on: { click: actions.dismissError } }, '×'),
        ),
      );
    } else if (state.truncated) {
      replaceChildren(status, el('span', { className: 'pill pill-note' }, 'Showing the most connected part of this neighbourhood. Double-click a node to expand it.'));
    } else {
      status.replaceChildren();
    }
  }

  render(store.get());
  store.subscribe(render);
  return root;
}
