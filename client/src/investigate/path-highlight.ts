// Highlights the current path of a connection on the canvas, over whatever classes the display state sets.

import type cytoscape from 'cytoscape';
import type { ExplorerState, StateStore } from '../state-store.js';

const CLASS = 'on-path';

/** Node and relation ids of the path the connect view shows, or none. */
function currentPath(state: ExplorerState): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const investigation = state.investigation;
  const path = investigation?.kind === 'connect' ? investigation.result?.paths[investigation.pathIndex] : undefined;
  return { nodeIds: new Set(path?.nodes.map((node) => node.id)), edgeIds: new Set(path?.hops.map((hop) => hop.edge.id)) };
}

/** Keeps the current path highlighted on `cy` as the investigation and the graph change. */
export function bindPathHighlight(cy: cytoscape.Core, store: StateStore): void {
  cy.style()
    .selector(`node.${CLASS}`)
    .style({ 'border-width': 5, 'border-color': '#d97706' })
    .selector(`edge.${CLASS}`)
    .style({ width: 6, 'line-color': '#d97706', 'target-arrow-color': '#d97706', 'source-arrow-color': '#d97706', opacity: 1, 'z-index': 20 })
    .update();
  const apply = (state: ExplorerState): void => {
    const { nodeIds, edgeIds } = currentPath(state);
    cy.batch(() => {
      cy.elements().removeClass(CLASS);
      cy.nodes().forEach((node) => {
        if (nodeIds.has(node.id())) node.addClass(CLASS);
      });
      // Drawn edges are bundles of both directions (edge-bundles.ts): match on any member relation.
      cy.edges().forEach((edge) => {
        if ((edge.data('members') as string[]).some((id) => edgeIds.has(id))) edge.addClass(CLASS);
      });
    });
  };
  apply(store.get());
  store.subscribe((state, previous) => {
    if (state.investigation !== previous.investigation || state.graphVersion !== previous.graphVersion) apply(state);
  });
}
