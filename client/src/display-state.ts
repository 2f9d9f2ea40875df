// Lays the display state (filters, focus, hover, selection) over the drawn graph as classes; the data stays untouched.

import type cytoscape from 'cytoscape';
import { hiddenElements, type FilterableEdge, type FilterableNode } from './filters.js';
import type { ExplorerState } from './state-store.js';

/** Applies filters, focus, hover and selection to every element in one batch. */
export function applyDisplayState(cy: cytoscape.Core, state: ExplorerState): void {
  cy.batch(() => {
    cy.elements().removeClass('filtered faded hovered focus');

    // Filters (types, groups, predicates, evidence count; see filters.ts), then entities the reader hid.
    const filtered = hiddenElements(
      cy.nodes().map((node) => node.data() as FilterableNode),
      cy.edges().map((edge) => edge.data() as FilterableEdge),
      state,
    );
    cy.nodes().forEach((node) => {
      if (filtered.nodes.has(node.id()) || state.hiddenIds.has(node.id())) node.addClass('filtered');
    });
    cy.edges().forEach((edge) => {
      if (filtered.edges.has(edge.id())) edge.addClass('filtered');
    });

    if (state.focusId) cy.getElementById(state.focusId).addClass('focus');

    const hovered = state.hoverId ? cy.getElementById(state.hoverId) : null;
    if (hovered && hovered.nonempty()) {
      // Hovering a node lights up its relations; hovering an edge lights up its two ends.
      const lit = hovered.group() === 'nodes' ? hovered.closedNeighborhood() : hovered.union(hovered.connectedNodes());
      lit.addClass('hovered');
      cy.elements().difference(lit).addClass('faded');
    }

    const selectedId = state.selection?.id ?? null;
    cy.elements(':selected').forEach((element) => {
      if (element.id() !== selectedId) element.unselect();
    });
    if (selectedId) cy.getElementById(selectedId).select();
  });
}
