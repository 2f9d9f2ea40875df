// The console's result area: summary line, table/graph toggle, export and merge, errors, and the loading state.

import type { QueryResult } from '../../../core/model.js';
import { STORE_NAMES } from '../app-header.js';
import { el, replaceChildren } from '../dom.js';
import { download, exportFileName, resultToCsv, resultToJson } from './result-export.js';
import { ResultGraph } from './result-graph.js';
import { createResultTable } from './result-table.js';

export type ResultMode = 'table' | 'graph';

export interface ResultViewOptions {
  /** "Merge into explorer": the result's graph goes onto the main canvas. */
  onMerge(result: QueryResult): void;
}

export interface ResultView {
  element: HTMLElement;
  showRunning(): void;
  showResult(query: string, result: QueryResult): void;
  /** Shows a failure: the server's error id picks the heading, the message says what to do. */
  showError(error: { id?: string; message: string }): void;
  /** What a reader who has run nothing yet sees. */
  showIntro(): void;
}

const ERROR_TITLES: Record<string, string> = {
  forbidden: 'Not allowed: the console is read-only',
  timeout: 'The query took too long',
  invalid_argument: 'The query has an error',
  rate_limited: 'Too many queries',
  unavailable: 'The server is unavailable',
};

function summaryText(result: QueryResult): string {
  const { rowCount, truncated, elapsedMs, store } = result.summary;
  const rows = `${rowCount.toLocaleString()} ${rowCount === 1 ? 'row' : 'rows'}`;
  return [truncated ? `${rows} (truncated: more rows matched)` : rows, `${Math.round(elapsedMs).toLocaleString()} ms`, STORE_NAMES[store] ?? store].join(' · ');
}

/** Builds the result area. */
export function createResultView(options: ResultViewOptions): ResultView {
  let mode: ResultMode = 'table';
  let current: { query: string; result: QueryResult } | null = null;
  const graph = new ResultGraph();

  const summary = el('p', { className: 'result-summary', attrs: { 'data-testid': 'result-summary', 'aria-live': 'polite' } });
  const toggle = (value: ResultMode, label: string): HTMLButtonElement =>
    el('button', { className: 'segment', attrs: { type: 'button', 'aria-pressed': String(value === mode), 'data-testid': `result-mode-${value}` }, on: { click: () => setMode(value) } }, label);
  const tableButton = toggle('table', 'Table');
  const graphButton = toggle('graph', 'Graph');
  const action = (label: string, testId: string, title: string, onClick: () => void): HTMLButtonElement =>
    el('button', { className: 'button ghost', attrs: { type: 'button', 'data-testid': testId, title, disabled: true }, on: { click: onClick } }, label);
  const exportCsv = action('CSV', 'result-export-csv', 'Download the rows as CSV', () => current && download(exportFileName('csv'), 'text/csv', resultToCsv(current.result)));
  const exportJson = action('JSON', 'result-export-json', 'Download the result as JSON', () => current && download(exportFileName('json'), 'application/json', resultToJson(current.query, current.result)));
  const merge = action('Merge into explorer', 'result-merge', 'Add the entities and relations of this result to the explorer’s canvas', () => current && options.onMerge(current.result));
  const toolbar = el(
    'div',
    { className: 'result-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Result' } },
    summary,
    el('div', { className: 'segmented', attrs: { role: 'group', 'aria-label': 'Show the result as' } }, tableButton, graphButton),
    el('span', { className: 'toolbar-separator', attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'toolbar-label' }, 'Export'),
    exportCsv,
    exportJson,
    merge,
  );
  const body = el('div', { className: 'result-body' });
  const element = el('section', { className: 'result-view', attrs: { 'aria-label': 'Query result' } }, toolbar, body);

  function setActionsEnabled(result: QueryResult | null): void {
    exportCsv.disabled = exportJson.disabled = !result;
    merge.disabled = !result || result.graph.nodes.length === 0;
  }

  function setMode(next: ResultMode): void {
    mode = next;
    tableButton.setAttribute('aria-pressed', String(mode === 'table'));
    graphButton.setAttribute('aria-pressed', String(mode === 'graph'));
    render();
  }

  function render(): void {
    if (!current) return;
    if (mode === 'table') replaceChildren(body, createResultTable(current.result));
    else {
      replaceChildren(body, graph.element);
      void graph.show(current.result.graph);
    }
  }

  return {
    element,
    showRunning() {
      element.setAttribute('aria-busy', 'true');
      summary.textContent = 'Running…';
      body.classList.add('running');
    },
    showResult(query, result) {
      element.removeAttribute('aria-busy');
      body.classList.remove('running');
      current = { query, result };
      summary.textContent = summaryText(result);
      setActionsEnabled(result);
      render();
    },
    showError(error) {
      element.removeAttribute('aria-busy');
      body.classList.remove('running');
      current = null;
      summary.textContent = 'The query failed.';
      setActionsEnabled(null);
      replaceChildren(
        body,
        el(
          'div',
          { className: 'result-error', attrs: { role: 'alert', 'data-testid': 'result-error', 'data-error-id': error.id ?? 'unavailable' } },
          el('p', { className: 'result-error-title' }, ERROR_TITLES[error.id ?? ''] ?? 'The query failed'),
          el('pre', { className: 'result-error-message' }, error.message),
        ),
      );
    },
    showIntro() {
      summary.textContent = 'No query run yet.';
      setActionsEnabled(null);
      replaceChildren(
        body,
        el(
          'div',
          { className: 'result-intro' },
          el('p', {}, 'Write a Cypher query above and press ', el('kbd', {}, 'Ctrl'), '+', el('kbd', {}, 'Enter'), ' (', el('kbd', {}, '⌘'), '+', el('kbd', {}, 'Enter'), ' on a Mac) or Run.'),
          el('p', { className: 'muted' }, 'The console only reads: queries that write are refused. New here? The Examples tab holds queries that work on this store.'),
        ),
      );
    },
  };
}
