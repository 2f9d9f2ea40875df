// The Cytoscape canvas: mirrors the store's graph data into elements, lays them out, and reports clicks back.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { GraphNode } from '../../core/model.js';
import { PREDICATES } from '../../core/vocabulary.js';
import { applyDisplayState } from './display-state.js';
import { bundleEdges, type EdgeBundle } from './edge-bundles.js';
import type { ExportGraph } from './export-formats.js';
import type { GraphData } from './graph-data.js';
import { buildStylesheet, edgeWidth, nodeSize } from './graph-styles.js';
import { layoutNamed, type LayoutMode } from './layouts.js';
import type { ExplorerState, Selection, StateStore } from './state-store.js';

cytoscape.use(fcose);
cytoscape.use(svg);

/** Fitting never zooms in past this: a small graph stays at reading size instead of filling the screen with giant nodes. */
const MAX_FIT_ZOOM = 1.1;

/**
 * Above this many drawn edges, edges are left out while the reader drags or wheels the view and
 * drawn again when the gesture ends. Measured (bench/client-fps.ts, 2,000 nodes / 10,000 edges,
 * software rendering): dragging ran at about 1 fps with every edge redrawn each frame and about 30
 * fps without them; a neighbourhood under the 300-node cap rarely reaches this many edges.
 */
export const HIDE_EDGES_WHILE_MOVING_ABOVE = 1500;

/** How the canvas draws: the renderer and its viewport shortcuts. */
export interface CanvasRendering {
  webgl?: boolean;
  textureOnViewport?: boolean;
  /** Leave edges out while the view moves: always, never, or `auto` (above HIDE_EDGES_WHILE_MOVING_ABOVE edges). */
  hideEdgesOnViewport?: boolean | 'auto';
}

/** What the canvas asks of the rest of the explorer when the reader acts on it. */
export interface CanvasHandlers {
  select(selection: Selection): void;
  /** Double-click on a node: merge its neighbours into the canvas. */
  expand(entityId: string): void;
}

function nodeData(node: GraphNode): cytoscape.NodeDataDefinition {
  return { id: node.id, name: node.name, type: node.type, articleCount: node.articleCount, size: nodeSize(node.articleCount) };
}

function edgeData(edge: EdgeBundle): cytoscape.EdgeDataDefinition {
  const info = PREDICATES[edge.predicate];
  const label = info?.label ?? edge.predicate.toLowerCase();
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    predicate: edge.predicate,
    group: edge.group,
    // Both directions of one relation are drawn once, counting the articles of both.
    label: edge.memberIds.length > 1 ? `${label} ×${edge.articleCount}` : label,
    symmetric: info?.symmetric ?? false,
    bothWays: edge.bothWays,
    members: edge.memberIds,
    articleCount: edge.articleCount,
    width: edgeWidth(edge.articleCount),
  };
}

/** The graph canvas bound to a store: data changes re-sync elements, display changes re-apply classes. */
export class GraphCanvas {
  readonly cy: cytoscape.Core;
  private layout: cytoscape.Layouts | null = null;
  private size = { width: 0, height: 0 };
  private readonly hideEdgesWhileMoving: boolean | 'auto';

  constructor(container: HTMLElement, private readonly store: StateStore, handlers: CanvasHandlers, options: CanvasRendering = {}) {
    this.cy = cytoscape({
      container,
      // Cytoscape's WebGL renderer (3.31+); see bench/client-fps.ts for what it gives here.
      ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      // While panning or zooming, move a snapshot of the drawing instead of redrawing every element.
      textureOnViewport: options.textureOnViewport ?? false,
      // While panning or zooming, draw nodes only: thousands of edges and their labels are most of a frame.
      hideEdgesOnViewport: options.hideEdgesOnViewport === true,
      style: buildStylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.hideEdgesWhileMoving = options.hideEdgesOnViewport ?? 'auto';
    this.trackEdgeHiding();
    this.cy.on('tap', 'node', (event) => handlers.select({ kind: 'node', id: event.target.id() }));
    this.cy.on('tap', 'edge', (event) => handlers.select({ kind: 'edge', id: event.target.id() }));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.select(null);
    });
    this.cy.on('dbltap', 'node', (event) => handlers.expand(event.target.id()));
    this.cy.on('mouseover', 'node, edge', (event) => this.store.update({ hoverId: event.target.id() }));
    this.cy.on('mouseout', 'node, edge', () => this.store.update({ hoverId: null }));

    // The panel beside the canvas changes width (an open article widens it): re-measure, and keep
    // the graph centred where it was instead of letting it slide with the container's edge.
    new ResizeObserver(() => this.measure(true)).observe(container);

    this.measure(false);
    this.render(store.get(), null);
    store.subscribe((state, previous) => this.render(state, previous));
  }

  /** Fits the viewport to the visible elements. */
  fit(): void {
    this.cy.fit(this.cy.elements(':visible'), 48);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center(this.cy.elements(':visible'));
    }
  }

  /** Lays out the whole graph again with the current layout. */
  relayout(): void {
    this.runLayout('full');
  }

  /** The view as a PNG image at twice the screen resolution, on the page background. */
  png(): Blob {
    return this.cy.png({ output: 'blob', bg: '#f7f8fa', scale: 2, full: false });
  }

  /** The view as SVG markup, on the page background. */
  svg(): string {
    // cytoscape-svg's canvas2svg logs "Attempted to apply path command to node text" when Cytoscape
    // strokes right after drawing a label; the SVG is complete all the same, so that line is dropped.
    const log = console.error;
    console.error = (...args: unknown[]) => {
      if (!String(args[0]).startsWith('Attempted to apply path command')) log(...args);
    };
    try {
      // cytoscape-svg adds `svg()` to the core at `cytoscape.use`; Cytoscape's types do not know it.
      return (this.cy as cytoscape.Core & { svg(options: { full: boolean; bg: string }): string }).svg({ full: false, bg: '#f7f8fa' });
    } finally {
      console.error = log;
    }
  }

  /** The entities and relations the reader can see (display filters and hidden entities left out). */
  visibleGraph(): ExportGraph {
    const { graph } = this.store.get();
    const nodes = this.cy.nodes(':visible').map((node) => graph.nodes.get(node.id())).filter((node) => node !== undefined);
    const edges = this.cy
      .edges(':visible')
      .map((edge) => edge.data('members') as string[])
      .flat()
      .map((id) => graph.edges.get(id))
      .filter((edge) => edge !== undefined);
    return { nodes, edges };
  }

  /** Pinned entities stay where the reader put them, through layouts and drags; unpinned ones move again. */
  private applyPins(pinnedIds: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const pinned = pinnedIds.has(node.id());
        node.toggleClass('pinned', pinned);
        if (pinned) node.lock();
        else node.unlock();
      });
    });
  }

  private render(state: ExplorerState, previous: ExplorerState | null): void {
    const graphChanged = !previous || state.graphVersion !== previous.graphVersion;
    if (graphChanged) this.syncElements(state);
    const pruned = graphChanged && state.graphChange.kind === 'prune';
    if ((graphChanged && !pruned) || state.layoutName !== previous?.layoutName) {
      this.runLayout(graphChanged && state.graphChange.kind === 'merge' ? 'incremental' : 'full');
    }
    if (graphChanged || state.pinnedIds !== previous?.pinnedIds) this.applyPins(state.pinnedIds);
    applyDisplayState(this.cy, state);
    if (previous && state.selection && state.selection.id !== previous.selection?.id) this.reveal(state.selection.id);
  }

  /** Adds, updates and removes elements so the canvas holds exactly the store's graph. */
  private syncElements(state: ExplorerState): void {
    const { graph, graphChange } = state;
    const anchor = graphChange.kind === 'merge' ? this.cy.getElementById(graphChange.anchorId) : null;
    const origin = anchor && anchor.nonempty() ? anchor.position() : null;
    const bundles = bundleEdges(graph.edges.values());
    const drawnEdgeIds = new Set(bundles.map((bundle) => bundle.id));
    this.cy.batch(() => {
      this.cy.elements().forEach((element) => {
        const kept = element.group() === 'nodes' ? graph.nodes.has(element.id()) : drawnEdgeIds.has(element.id());
        if (!kept) element.remove();
      });
      this.addOrUpdate(graph, bundles, origin);
    });
  }

  /**
   * Keeps `hideEdgesOnViewport` in step with the number of edges drawn, however they were added.
   * Cytoscape reads the option once, into its renderer; each frame consults the renderer's field, so
   * the field is what changes.
   */
  private trackEdgeHiding(): void {
    const renderer = (this.cy as unknown as { renderer(): { hideEdgesOnViewport: boolean } }).renderer();
    if (this.hideEdgesWhileMoving !== 'auto') return;
    let edges = 0;
    const update = (change: number) => {
      edges += change;
      renderer.hideEdgesOnViewport = edges > HIDE_EDGES_WHILE_MOVING_ABOVE;
    };
    this.cy.on('add', 'edge', () => update(1));
    this.cy.on('remove', 'edge', () => update(-1));
  }

  private addOrUpdate(graph: GraphData, bundles: readonly EdgeBundle[], origin: cytoscape.Position | null): void {
    for (const node of graph.nodes.values()) {
      const existing = this.cy.getElementById(node.id);
      if (existing.nonempty()) {
        existing.data(nodeData(node));
        continue;
      }
      // Newcomers start next to the node they were expanded from, so the layout grows outwards from it.
      const position = origin ? { x: origin.x + (Math.random() - 0.5) * 60, y: origin.y + (Math.random() - 0.5) * 60 } : undefined;
      this.cy.add({ group: 'nodes', data: nodeData(node), position });
    }
    for (const edge of bundles) {
      const existing = this.cy.getElementById(edge.id);
      if (existing.nonempty()) existing.data(edgeData(edge));
      else this.cy.add({ group: 'edges', data: edgeData(edge) });
    }
  }

  private runLayout(mode: LayoutMode): void {
    this.layout?.stop();
    if (this.cy.nodes().empty()) return;
    // The legend below the canvas may have just appeared; fit to the size the canvas has now.
    this.measure(false);
    this.layout = this.cy.layout(layoutNamed(this.store.get().layoutName).options(mode));
    this.layout.one('layoutstop', () => {
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center();
      }
    });
    this.layout.run();
  }

  /** Tells Cytoscape the container's size; with `keepCentre`, pans so the view's centre stays put. */
  private measure(keepCentre: boolean): void {
    const container = this.cy.container();
    if (!container) return;
    const next = { width: container.clientWidth, height: container.clientHeight };
    if (next.width === this.size.width && next.height === this.size.height) return;
    this.cy.resize();
    if (keepCentre) this.cy.panBy({ x: (next.width - this.size.width) / 2, y: (next.height - this.size.height) / 2 });
    this.size = next;
  }

  /** Pans to an element chosen from outside the canvas when it sits out of view. */
  private reveal(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    const box = element.renderedBoundingBox();
    const inView = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= this.cy.width() && box.y2 <= this.cy.height();
    if (!inView) this.cy.animate({ center: { eles: element }, duration: 250 });
  }
}
