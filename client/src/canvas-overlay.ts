// Messages over the canvas: loading, errors, notices, the empty start state, and "show N more" when a neighbourhood was capped.

import { el, replaceChildren } from './dom.js';
import type { ExplorerActions } from './explorer-actions.js';
import type { ExplorerState, StateStore } from './state-store.js';

/** Builds the overlay bound to a store; returns its root element. */
export function createCanvasOverlay(store: StateStore, actions: ExplorerActions, expandPage: number): HTMLElement {
  const status = el('div', { className: 'canvas-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const empty = el(
    'div',
    { className: 'canvas-empty', attrs: { 'data-testid': 'canvas-empty' } },
    el('div', { className: 'canvas-empty-art', attrs: { 'aria-hidden': 'true' } }),
    el('p', { className: 'state-title' }, 'Nothing on the canvas yet'),
    el('p', { className: 'state-hint' }, 'Search for an entity (press /) or pick one of the most connected on the left to draw its neighbourhood.'),
  );
  const more = el('div', { className: 'canvas-more' });
  const root = el('div', { className: 'canvas-overlay' }, status, more, empty);

  /** The entity whose next page of neighbours is offered: the selected one, else the focus. */
  function moreOf(state: ExplorerState): { id: string; name: string } | null {
    const candidates = [state.selection?.kind === 'node' ? state.selection.id : null, state.focusId];
    for (const id of candidates) {
      const node = id ? state.graph.nodes.get(id) : undefined;
      if (node && typeof state.nextOffsets.get(node.id) === 'number' && !state.hiddenIds.has(node.id)) return { id: node.id, name: node.name };
    }
    return null;
  }

  let shown: unknown[] = [];
  function render(state: ExplorerState): void {
    if (shown[0] === state.status && shown[1] === state.graph && shown[2] === state.truncated && shown[3] === state.nextOffsets && shown[4] === state.selection) return;
    shown = [state.status, state.graph, state.truncated, state.nextOffsets, state.selection];
    const offer = state.status.kind === 'loading' ? null : moreOf(state);
    replaceChildren(
      more,
      offer
        ? el(
            'button',
            { className: 'button more-button', attrs: { type: 'button', 'data-testid': 'show-more', title: 'Or press M with the entity selected' }, on: { click: () => void actions.expand(offer.id) } },
            `Show ${expandPage} more neighbours of ${offer.name}`,
          )
        : null,
    );
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
    } else if (state.status.kind === 'notice') {
      replaceChildren(
        status,
        el(
          'div',
          { className: 'pill pill-note', attrs: { role: 'status', 'data-testid': 'canvas-notice' } },
          state.status.message,
          el('button', { className: 'pill-close', attrs: { type: 'button', 'aria-label': 'Dismiss' }, on: { click: actions.dismissError } }, '×'),
        ),
      );
    } else if (state.truncated && state.depth > 1) {
      replaceChildren(status, el('span', { className: 'pill pill-note' }, `This neighbourhood is too large to draw whole: showing its ${state.graph.nodes.size} most connected entities. Double-click an entity to expand it.`));
    } else {
      status.replaceChildren();
    }
  }

  render(store.get());
  store.subscribe(render);
  return root;
}
