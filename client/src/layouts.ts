// The canvas layouts, registered by name in one list; fCoSE (force-directed) is the default.

import type cytoscape from 'cytoscape';

/** Whether a layout places the whole graph or only newcomers around nodes that already sit still. */
export type LayoutMode = 'full' | 'incremental';

export interface LayoutSpec {
  name: string;
  /** Label for the layout picker. */
  label: string;
  /** Cytoscape layout options for this run. */
  options(mode: LayoutMode): cytoscape.LayoutOptions;
}

const PADDING = 48;
/** Rings the concentric layout can draw: the focus, three hops, and one outer ring for the unreachable. */
const RING_COUNT = 5;

/**
 * Hop distance of every node from the focused one (class `focus`), over drawn relations in either
 * direction; without a focus, from the most connected node. Unreachable nodes are left out.
 */
export function hopDistances(cy: cytoscape.Core): Map<string, number> {
  const distances = new Map<string, number>();
  const focus = cy.nodes('.focus');
  const root = focus.nonempty() ? focus.first() : cy.nodes().max((node) => node.degree(false)).ele;
  if (!root) return distances;
  cy.elements().breadthFirstSearch({
    roots: root,
    directed: false,
    visit: (node, _edge, _previous, _index, depth) => {
      distances.set(node.id(), depth);
    },
  });
  return distances;
}

/** Every layout the explorer offers, in picker order. */
export const LAYOUTS: readonly LayoutSpec[] = [
  {
    name: 'fcose',
    label: 'Force-directed',
    options: (mode) =>
      ({
        name: 'fcose',
        // An incremental run keeps what the reader already placed in their head; 'proof' is required without randomising.
        quality: mode === 'full' ? 'default' : 'proof',
        randomize: mode === 'full',
        animate: mode === 'incremental',
        animationDuration: 450,
        fit: true,
        padding: PADDING,
        nodeDimensionsIncludeLabels: true,
        nodeSeparation: 110,
        idealEdgeLength: () => 140,
        nodeRepulsion: () => 16000,
        edgeElasticity: () => 0.45,
        gravity: 0.3,
        packComponents: false,
      }) as cytoscape.LayoutOptions,
  },
  {
    name: 'concentric',
    label: 'Rings by hops',
    options: () => {
      // Computed on the first node asked about, once per run: the ring of a node is its hop distance from the focus.
      let hops: Map<string, number> | null = null;
      return {
        name: 'concentric',
        padding: PADDING,
        animate: false,
        minNodeSpacing: 30,
        concentric: (node: cytoscape.NodeSingular) => {
          hops ??= hopDistances(node.cy());
          return RING_COUNT - (hops.get(node.id()) ?? RING_COUNT - 1);
        },
        levelWidth: () => 1,
      };
    },
  },
  {
    name: 'breadthfirst',
    label: 'Hierarchy',
    options: () => ({
      name: 'breadthfirst',
      padding: PADDING,
      animate: false,
      spacingFactor: 1.2,
      roots: '.focus',
      directed: false,
    }),
  },
  {
    name: 'circle',
    label: 'Circle',
    options: () => ({ name: 'circle', padding: PADDING, animate: false, avoidOverlap: true }),
  },
  {
    name: 'grid',
    label: 'Grid',
    options: () => ({ name: 'grid', padding: PADDING, animate: false, avoidOverlap: true }),
  },
];

export const DEFAULT_LAYOUT = 'fcose';

/** The layout registered under `name`; an unknown name throws an error listing the known ones. */
export function layoutNamed(name: string): LayoutSpec {
  const spec = LAYOUTS.find((layout) => layout.name === name);
  if (!spec) {
    throw new Error(`layoutNamed: no layout \`${name}\`. Expecting one of: ${LAYOUTS.map((layout) => layout.name).join(', ')}.`);
  }
  return spec;
}
