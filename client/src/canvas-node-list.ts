// A text list of the entities on the canvas: the accessible way to reach and select what the canvas draws.

import { el } from './dom.js';
import { entityIcon } from './entity-badge.js';
import type { ExplorerActions } from './explorer-actions.js';
import type { ExplorerState, StateStore } from './state-store.js';

/** Builds the collapsible list bound to a store; returns its root element. */
export function createCanvasNodeList(store: StateStore, actions: ExplorerActions): HTMLElement {
  const summary = el('summary', { className: 'node-list-summary' });
  const list = el('ul', { className: 'node-list', attrs: { 'aria-label': 'Entities on the canvas' } });
  const root = el('details', { className: 'canvas-node-list', attrs: { 'data-testid': 'canvas-node-list' } }, summary, list);

  let shown: unknown[] = [];
  function render(state: ExplorerState): void {
    if (shown[0] === state.graph && shown[1] === state.selection && shown[2] === state.hiddenTypes) return;
    shown = [state.graph, state.selection, state.hiddenTypes];
    const nodes = [...state.graph.nodes.values()].sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
    root.hidden = nodes.length === 0;
    summary.textContent = `On the canvas: ${nodes.length} ${nodes.length === 1 ? 'entity' : 'entities'}, ${state.graph.edges.size} ${state.graph.edges.size === 1 ? 'relation' : 'relations'}`;
    list.replaceChildren(
      ...nodes.map((node) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              className: 'node-list-item',
              attrs: {
                type: 'button',
                'data-testid': 'canvas-node',
                'data-entity-id': node.id,
                'aria-current': state.selection?.kind === 'node' && state.selection.id === node.id ? 'true' : null,
                title: state.hiddenTypes.has(node.type) ? 'Hidden by a legend filter' : null,
              },
              on: { click: () => actions.select({ kind: 'node', id: node.id }) },
            },
            entityIcon(node.type),
            el('span', { className: state.hiddenTypes.has(node.type) ? 'node-list-name filtered' : 'node-list-name' }, node.name),
            el('span', { className: 'count' }, node.articleCount.toLocaleString()),
          ),
        ),
      ),
    );
  }

  render(store.get());
  store.subscribe(render);
  return root;
}
