// The graph view of a Cypher result: the explorer's own canvas (styles, layouts, display state) on a store of its own.

import type { GraphPayload } from '../../../core/model.js';
import { el } from '../dom.js';
import { graphFromPayload } from '../graph-data.js';
import { StateStore } from '../state-store.js';
import type { GraphCanvas } from '../graph-canvas.js';

/** A small canvas that draws one result at a time; it never changes the explorer's graph. */
export class ResultGraph {
  readonly element: HTMLElement;
  private readonly host: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly store = new StateStore();
  private canvas: Promise<GraphCanvas> | null = null;

  constructor() {
    this.host = el('div', { className: 'result-graph-canvas', attrs: { role: 'img', 'aria-label': 'Graph of the result' } });
    this.caption = el('p', { className: 'result-graph-caption muted', attrs: { 'aria-live': 'polite' } });
    this.element = el('div', { className: 'result-graph', attrs: { 'data-testid': 'result-graph' } }, this.host, this.caption);
  }

  /** Draws `payload` (call it once the view is visible, so the layout fits the real size). */
  async show(payload: GraphPayload): Promise<void> {
    const nodes = payload.nodes.length;
    const edges = payload.edges.length;
    this.caption.textContent =
      nodes === 0
        ? 'Nothing to draw: the result holds no entities. Return nodes or relationships (e.g. RETURN p, r, o) to see them here.'
        : `${nodes} ${nodes === 1 ? 'entity' : 'entities'}, ${edges} ${edges === 1 ? 'relation' : 'relations'}${payload.truncated ? ' (capped)' : ''}. Double-click does nothing here: merge into the explorer to expand.`;
    const canvas = await this.load();
    this.store.setGraph(graphFromPayload(payload), { kind: 'replace' }, { selection: null, hoverId: null });
    this.element.dataset.nodeCount = String(canvas.cy.nodes().length);
  }

  private load(): Promise<GraphCanvas> {
    // The explorer loads the same chunk beside the first paint, so this import is usually free.
    this.canvas ??= import('../graph-canvas.js').then(
      ({ GraphCanvas }) =>
        new GraphCanvas(this.host, this.store, {
          select: (selection) => this.store.update({ selection }),
          // Expanding belongs to the explorer, where the result can be merged.
          expand: () => undefined,
        }),
    );
    return this.canvas;
  }
}
