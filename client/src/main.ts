// Entry point of the web client: builds the layout, binds every part to one store, and loads the canvas lazily.

import './styles.css';
import { createAppHeader } from './app-header.js';
import { createCanvasNodeList } from './canvas-node-list.js';
import { createCanvasOverlay } from './canvas-overlay.js';
import { createCanvasToolbar } from './canvas-toolbar.js';
import { createDetailsPanel } from './details-panel.js';
import { el } from './dom.js';
import { createActions, DEFAULT_SETTINGS, type ExplorerSettings } from './explorer-actions.js';
import { createFilterPanel } from './filter-panel.js';
import { createFilterSetter } from './filters-refetch.js';
import { createFiltersNotice } from './filters-notice.js';
import type { GraphCanvas } from './graph-canvas.js';
import { createHelpDialog } from './help-dialog.js';
import { createAddArticlesDialog } from './add-articles/add-articles-dialog.js';
import { bindShortcuts } from './keyboard-shortcuts.js';
import { createLegend } from './legend.js';
import { createSearchBox } from './search-box.js';
import { StateStore, type ExplorerState } from './state-store.js';
import { bindUrlState } from './url-sync.js';
import { createInvestigateActions } from './investigate/investigate-actions.js';
import { createInvestigatePanel } from './investigate/investigate-panel.js';
import { bindPathHighlight } from './investigate/path-highlight.js';

declare global {
  interface Window {
    /** Handles for tests and debugging; set in dev, or with `?debug` in the URL. */
    __newsgraph?: { cy: GraphCanvas['cy']; store: StateStore };
  }
}

const store = new StateStore();
// ── Explorer canvas: caps (lowered only on ?debug links, to reach them with little data), help, shortcuts ──
const debugParams = new URLSearchParams(location.search);
const debugging = import.meta.env.DEV || debugParams.has('debug');
/** A positive integer setting from a ?debug link, else the default. */
const debugSetting = (name: keyof ExplorerSettings): number => {
  const value = Number(debugParams.get(name));
  return debugging && Number.isInteger(value) && value > 0 ? value : DEFAULT_SETTINGS[name];
};
const settings: ExplorerSettings = { nodeCap: debugSetting('nodeCap'), expandPage: debugSetting('expandPage'), showLimit: debugSetting('showLimit') };
const actions = createActions(store, settings);
// ── Investigations (issue 6): trace, connect, relationship timeline ──
const investigate = createInvestigateActions(store);
const helpDialog = createHelpDialog();
const addArticlesDialog = createAddArticlesDialog(store);
const openHelp = (): void => {
  if (!helpDialog.open) helpDialog.showModal();
};

const canvasHost = el('div', {
  className: 'graph-canvas',
  attrs: { 'data-testid': 'graph-canvas', role: 'region', 'aria-label': 'Graph canvas. The list “On the canvas” in the side panel holds the same entities.' },
});
// Cytoscape is most of the bundle: load it beside the first paint instead of before it.
const canvas = import('./graph-canvas.js').then(({ GraphCanvas }) => {
  const graph = new GraphCanvas(canvasHost, store, { select: actions.select, expand: (id) => void actions.expand(id) }, {
    webgl: debugging && debugParams.get('renderer') === 'webgl',
    textureOnViewport: debugging && debugParams.has('textureOnViewport'),
    // `?debug&edgesOnViewport=draw|hide` overrides the automatic choice, for measuring.
    hideEdgesOnViewport: debugging && debugParams.has('edgesOnViewport') ? debugParams.get('edgesOnViewport') === 'hide' : 'auto',
  });
  if (debugging) window.__newsgraph = { cy: graph.cy, store };
  return graph;
});
canvas.catch((error: Error) => store.update({ status: { kind: 'error', message: `The graph canvas failed to load: ${error.message}. Reload the page.` } }));

// ── Explorer filters: the panel, the timeline (d3 loads in its own chunk) and the empty-result notice ──
const setFilters = createFilterSetter(store, (id, name) => actions.showEntity(id, name));
const timelineHost = el('section', { className: 'timeline timeline-loading', attrs: { 'aria-label': 'Timeline of relations' } });
import('./timeline.js')
  .then(({ createTimeline }) => timelineHost.replaceWith(createTimeline(store, setFilters)))
  .catch((error: Error) => timelineHost.replaceChildren(el('p', { className: 'small muted', attrs: { role: 'alert' } }, `The timeline failed to load: ${error.message}. Reload the page.`)));

const sidebar = el(
  'aside',
  { className: 'side-panel sidebar', attrs: { 'aria-label': 'Search and details' } },
  createSearchBox({ onChoose: (entity) => void actions.showEntity(entity.id, entity.name) }),
  createCanvasNodeList(store, actions),
  createFilterPanel(store, setFilters),
  createDetailsPanel(store, actions, investigate),
);
// An open article gets a wider panel: long text reads badly in a narrow column.
store.subscribe((state) => sidebar.classList.toggle('reading', state.articleId !== null));

const root = document.getElementById('app');
if (!root) throw new Error('main: no #app element in index.html. The page must contain <div id="app"></div>.');
root.replaceChildren(
  createAppHeader(store, investigate, () => addArticlesDialog.showModal()),
  el(
    'div',
    { className: 'workspace', attrs: { 'data-testid': 'explore-workspace' } },
    sidebar,
    el(
      'main',
      { className: 'canvas-area' },
      createCanvasToolbar(store, actions, canvas, openHelp),
      el('div', { className: 'canvas-stage' }, canvasHost, createCanvasOverlay(store, actions, settings.expandPage), createFiltersNotice(store)),
      timelineHost,
      createLegend(store),
    ),
    createInvestigatePanel(store, actions, investigate),
  ),
);
// A canvas that failed to load is reported above; there is then nothing to highlight.
void canvas.then((graph) => bindPathHighlight(graph.cy, store), () => undefined);

// ── Cypher console (issue 5): loaded on first use, shown instead of the explorer in console mode ──
const consoleHost = el('div', { className: 'console-host' });
root.append(consoleHost);
let consoleLoad: Promise<void> | null = null;
const showMode = (mode: ExplorerState['mode']): void => {
  const explore = root.querySelector<HTMLElement>('.workspace');
  if (explore) explore.hidden = mode === 'console';
  consoleHost.hidden = mode !== 'console';
  if (mode !== 'console' || consoleLoad) return;
  consoleHost.replaceChildren(el('p', { className: 'console-loading', attrs: { role: 'status' } }, 'Loading the Cypher console…'));
  consoleLoad = import('./console/console-workspace.js')
    .then(({ createConsoleWorkspace }) => consoleHost.replaceChildren(createConsoleWorkspace(store, actions)))
    .catch((error: Error) => {
      consoleLoad = null;
      consoleHost.replaceChildren(el('p', { className: 'console-loading', attrs: { role: 'alert' } }, `The Cypher console failed to load: ${error.message}. Reload the page.`));
    });
};
showMode(store.get().mode);
store.subscribe((state, previous) => {
  if (state.mode !== previous.mode) showMode(state.mode);
});

// ── Explorer canvas: shortcuts, help and the shareable URL ──
document.body.append(helpDialog, addArticlesDialog);
bindShortcuts({ store, actions, canvas, openHelp });
void bindUrlState(store, actions, investigate);
