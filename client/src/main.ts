// Entry point of the web client: builds the layout, binds every part to one store, and loads the canvas lazily.

import './styles.css';
import { createAppHeader } from './app-header.js';
import { createCanvasNodeList } from './canvas-node-list.js';
import { createCanvasOverlay } from './canvas-overlay.js';
import { createCanvasToolbar } from './canvas-toolbar.js';
import { createDetailsPanel } from './details-panel.js';
import { el } from './dom.js';
import { createActions } from './explorer-actions.js';
import type { GraphCanvas } from './graph-canvas.js';
import { createLegend } from './legend.js';
import { createSearchBox } from './search-box.js';
import { StateStore } from './state-store.js';

declare global {
  interface Window {
    /** Handles for tests and debugging; set in dev, or with `?debug` in the URL. */
    __newsgraph?: { cy: GraphCanvas['cy']; store: StateStore };
  }
}

const store = new StateStore();
const actions = createActions(store);

const canvasHost = el('div', {
  className: 'graph-canvas',
  attrs: { 'data-testid': 'graph-canvas', role: 'region', 'aria-label': 'Graph canvas. The list “On the canvas” in the side panel holds the same entities.' },
});
// Cytoscape is most of the bundle: load it beside the first paint instead of before it.
const canvas = import('./graph-canvas.js').then(({ GraphCanvas }) => {
  const graph = new GraphCanvas(canvasHost, store, { select: actions.select, expand: (id) => void actions.expand(id) });
  if (import.meta.env.DEV || new URLSearchParams(location.search).has('debug')) window.__newsgraph = { cy: graph.cy, store };
  return graph;
});
canvas.catch((error: Error) => store.update({ status: { kind: 'error', message: `The graph canvas failed to load: ${error.message}. Reload the page.` } }));

const sidebar = el(
  'aside',
  { className: 'sidebar', attrs: { 'aria-label': 'Search and details' } },
  createSearchBox({ onChoose: (entity) => void actions.showEntity(entity.id, entity.name) }),
  createCanvasNodeList(store, actions),
  createDetailsPanel(store, actions),
);
// An open article gets a wider panel: long text reads badly in a narrow column.
store.subscribe((state) => sidebar.classList.toggle('reading', state.articleId !== null));

const root = document.getElementById('app');
if (!root) throw new Error('main: no #app element in index.html. The page must contain <div id="app"></div>.');
root.replaceChildren(
  createAppHeader(),
  el(
    'div',
    { className: 'workspace' },
    sidebar,
    el(
      'main',
      { className: 'canvas-area' },
      createCanvasToolbar(store, actions, canvas),
      el('div', { className: 'canvas-stage' }, canvasHost, createCanvasOverlay(store, actions)),
      createLegend(store),
    ),
  ),
);
