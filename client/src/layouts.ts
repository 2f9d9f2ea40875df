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
    label: 'Concentric',
    options: () => ({
      name: 'concentric',
      padding: PADDING,
      animate: false,
      minNodeSpacing: 30,
      concentric: (node: cytoscape.NodeSingular) => (node.hasClass('focus') ? 1000 : node.degree(false)),
      levelWidth: () => 2,
    }),
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
