// The export menu: the view as PNG or SVG, the visible elements as JSON, CSV or GraphML, downloaded from blob URLs.

import { el } from './dom.js';
import { EXPORT_FORMATS, edgesToCsv, nodesToCsv, toGraphML, toJson, type ExportFormat, type ExportGraph } from './export-formats.js';
import type { StateStore } from './state-store.js';

/** What the export menu asks of the canvas, which loads after the menu. */
export interface ExportSource {
  png(): Blob;
  svg(): string;
  visibleGraph(): ExportGraph;
}

/** Saves `blob` under `fileName` through a temporary blob URL (the CSP allows blob:). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: fileName, hidden: true } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function content(format: ExportFormat, source: ExportSource): Blob | string {
  switch (format) {
    case 'png':
      return source.png();
    case 'svg':
      return source.svg();
    case 'json':
      return toJson(source.visibleGraph());
    case 'csv-nodes':
      return nodesToCsv(source.visibleGraph().nodes);
    case 'csv-edges':
      return edgesToCsv(source.visibleGraph().edges);
    case 'graphml':
      return toGraphML(source.visibleGraph());
  }
}

/** "newsgraph-vladimir-putin-nodes.csv": named after the focus so several exports stay apart. */
function fileName(format: ExportFormat, focusName: string | undefined): string {
  const slug = (focusName ?? 'graph').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'graph';
  const part = format === 'csv-nodes' ? '-nodes' : format === 'csv-edges' ? '-edges' : '';
  return `newsgraph-${slug}${part}.${EXPORT_FORMATS[format].extension}`;
}

/** Test ids of the export buttons, stable for browser tests. */
const TEST_IDS: Record<ExportFormat, string> = {
  png: 'export-png',
  svg: 'export-svg',
  json: 'export-json',
  'csv-nodes': 'export-csv',
  'csv-edges': 'export-csv-edges',
  graphml: 'export-graphml',
};

/** Builds the export menu; `canvas` resolves once the graph canvas has loaded. */
export function createExportMenu(store: StateStore, canvas: Promise<ExportSource>): HTMLElement {
  const run = async (format: ExportFormat): Promise<void> => {
    const source = await canvas;
    const data = content(format, source);
    const state = store.get();
    const blob = data instanceof Blob ? data : new Blob([data], { type: `${EXPORT_FORMATS[format].mime};charset=utf-8` });
    download(blob, fileName(format, state.focusId ? state.graph.nodes.get(state.focusId)?.name : undefined));
    menu.open = false;
  };
  const menu = el(
    'details',
    { className: 'export-menu', attrs: { 'data-testid': 'export-menu' } },
    el('summary', { className: 'button ghost', attrs: { title: 'Download the view or the visible elements' } }, 'Export'),
    el(
      'div',
      { className: 'export-options', attrs: { role: 'group', 'aria-label': 'Export formats' } },
      ...(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) =>
        el('button', { className: 'export-option', attrs: { type: 'button', 'data-testid': TEST_IDS[format] }, on: { click: () => void run(format) } }, EXPORT_FORMATS[format].label),
      ),
    ),
  );
  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph) menu.toggleAttribute('data-empty', state.graph.nodes.size === 0);
  });
  return menu;
}
