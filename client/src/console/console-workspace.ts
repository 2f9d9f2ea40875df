// The Cypher console workspace: the query library, the editor with Run and star, and the result; loaded on first use.

import './console.css';
import type { QueryResult } from '../../../core/model.js';
import { api, ApiError } from '../api-client.js';
import { el } from '../dom.js';
import type { ExplorerActions } from '../explorer-actions.js';
import type { StateStore } from '../state-store.js';
import { createCypherEditor } from './cypher-editor.js';
import { toDbSchema } from './db-schema.js';
import { errorOffset } from './error-position.js';
import { createFavouriteControl } from './favourite-control.js';
import { HistoryNavigation } from './history-navigation.js';
import { QueryFavourites } from './query-favourites.js';
import { QueryHistory } from './query-history.js';
import { createQueryLibrary } from './query-library.js';
import { createResultView } from './result-view.js';

/** Parses the parameters field: empty is no parameters; anything but a JSON object is refused with a message. */
function parseParams(text: string): Record<string, unknown> | undefined {
  if (!text.trim()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ApiError('invalid_argument', `Parameters: ${(error as Error).message}. Write them as a JSON object, e.g. {"name": "Vladimir Putin"}.`, 0);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError('invalid_argument', 'Parameters: expecting a JSON object such as {"name": "Vladimir Putin"}, keyed by the $names in the query.', 0);
  }
  return parsed as Record<string, unknown>;
}

/** Builds the console; `actions.mergeResult` puts a result's graph on the explorer's canvas. */
export function createConsoleWorkspace(store: StateStore, actions: Pick<ExplorerActions, 'mergeResult'>): HTMLElement {
  const history = new QueryHistory(localStorage);
  const favourites = new QueryFavourites(localStorage);
  const navigation = new HistoryNavigation(() => history.list().map((entry) => entry.query));
  let running = false;

  const library = createQueryLibrary({
    history,
    favourites,
    onPick(query, params) {
      editor.setQuery(query);
      paramsInput.value = params ? JSON.stringify(params, null, 2) : '';
      paramsField.open = Boolean(params);
    },
    onFavouritesChange: () => {
      library.refresh();
      favourite.refresh();
    },
  });

  const editorHost = el('div', { className: 'cypher-editor', attrs: { 'data-testid': 'cypher-editor' } });
  const editor = createCypherEditor(editorHost, {
    label: 'Cypher query. Ctrl+Enter runs it; Ctrl+Up and Ctrl+Down step through the history.',
    onRun: () => void run(),
    onOlder: (current) => navigation.older(current),
    onNewer: () => navigation.newer(),
    onChange: (byReader) => {
      if (byReader) navigation.reset();
      favourite.refresh();
    },
  });

  const paramsInput = el('textarea', { className: 'params-input', attrs: { rows: 3, spellcheck: 'false', 'aria-label': 'Query parameters as a JSON object', placeholder: '{"name": "Vladimir Putin"}', 'data-testid': 'cypher-params' } });
  const paramsField = el('details', { className: 'params-field' }, el('summary', {}, 'Parameters'), paramsInput);

  const favourite = createFavouriteControl({
    favourites,
    query: () => editor.query(),
    onChange: () => library.refresh(),
  });

  const runButton = el('button', { className: 'button primary run-button', attrs: { type: 'button', 'data-testid': 'cypher-run', title: 'Run (Ctrl+Enter, ⌘+Enter on a Mac)' }, on: { click: () => void run() } }, 'Run');

  const results = createResultView({
    onMerge(result: QueryResult) {
      // Show the canvas first so the layout of the merged graph fits its real size.
      store.update({ mode: 'explore' });
      actions.mergeResult(result.graph);
    },
  });
  results.showIntro();

  async function run(): Promise<void> {
    const query = editor.query();
    if (running || !query.trim()) return;
    running = true;
    runButton.disabled = true;
    runButton.textContent = 'Running…';
    results.showRunning();
    editor.markError(null);
    history.add(query);
    navigation.reset();
    library.refresh();
    try {
      const result = await api.cypher(query.trim(), parseParams(paramsInput.value));
      results.showResult(query, result);
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError('unavailable', (error as Error).message, 0);
      results.showError(failure);
      // The server answers for the trimmed text; leading whitespace shifts the offsets.
      const offset = errorOffset(query.trim(), failure);
      editor.markError(offset === null ? null : offset + (query.length - query.trimStart().length));
    } finally {
      running = false;
      runButton.disabled = false;
      runButton.textContent = 'Run';
    }
  }

  void api
    .schema()
    .then((schema) => {
      editor.setSchema(toDbSchema(schema), schema.store);
      library.setExamples(schema.examples);
    })
    .catch((error: Error) => library.showExamplesError(error.message));

  const workspace = el(
    'div',
    { className: 'console-workspace', attrs: { 'data-testid': 'console-workspace' } },
    library.element,
    el(
      'main',
      { className: 'console-main', attrs: { 'aria-label': 'Cypher console' } },
      el(
        'section',
        { className: 'console-editor-panel', attrs: { 'aria-label': 'Query editor' } },
        el('div', { className: 'editor-bar' }, el('h2', { className: 'editor-title' }, 'Cypher'), el('span', { className: 'editor-hint muted' }, 'Read-only · Ctrl+Space completes · Ctrl+Enter runs'), favourite.element, runButton),
        editorHost,
        paramsField,
      ),
      results.element,
    ),
  );
  // Focus the editor whenever the console is shown, so typing can start at once.
  store.subscribe((state, previous) => {
    if (state.mode === 'console' && previous.mode !== 'console') requestAnimationFrame(() => editor.focus());
  });
  requestAnimationFrame(() => editor.focus());
  return workspace;
}
