// Tests of the display state laid over the canvas, on a headless Cytoscape graph.

import cytoscape from 'cytoscape';
import { applyDisplayState } from './display-state.js';
import { initialState, type ExplorerState } from './state-store.js';

function drawnGraph(): cytoscape.Core {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'putin', type: 'PERSON' } },
      { data: { id: 'russia', type: 'COUNTRY' } },
      { data: { id: 'iran', type: 'COUNTRY' } },
      { data: { id: 'tehran', type: 'LOCATION' } },
      { data: { id: 'putin|LEADS|russia', source: 'putin', target: 'russia', group: 'role' } },
      { data: { id: 'russia|COOPERATES_WITH|iran', source: 'russia', target: 'iran', group: 'material-cooperation' } },
      { data: { id: 'tehran|LOCATED_IN|iran', source: 'tehran', target: 'iran', group: 'place' } },
    ],
  });
}

function state(patch: Partial<ExplorerState>): ExplorerState {
  return { ...initialState(), ...patch };
}

describe('applyDisplayState', () => {
  it('hides entities of a type and relations of a group switched off in the legend, and the entity they strand', () => {
    const cy = drawnGraph();
    applyDisplayState(cy, state({ hiddenTypes: new Set(['LOCATION']), hiddenGroups: new Set(['role']) }));
    // Putin's only relation is the hidden LEADS, so he would float alone.
    expect(cy.$('.filtered').map((element) => element.id()).sort()).toEqual(['putin', 'putin|LEADS|russia', 'tehran']);
  });

  it('hovering a node fades everything outside its direct relations', () => {
    const cy = drawnGraph();
    applyDisplayState(cy, state({ hoverId: 'russia' }));
    expect(cy.$('.faded').map((element) => element.id()).sort()).toEqual(['tehran', 'tehran|LOCATED_IN|iran']);
  });

  it('selects exactly the selected relation and marks the focused entity', () => {
    const cy = drawnGraph();
    cy.getElementById('putin').select();
    applyDisplayState(cy, state({ focusId: 'putin', selection: { kind: 'edge', id: 'russia|COOPERATES_WITH|iran' } }));
    expect(cy.$(':selected').map((element) => element.id())).toEqual(['russia|COOPERATES_WITH|iran']);
    expect(cy.$('.focus').map((element) => element.id())).toEqual(['putin']);
  });

  it('clears the hover fading once the pointer leaves', () => {
    const cy = drawnGraph();
    applyDisplayState(cy, state({ hoverId: 'putin' }));
    applyDisplayState(cy, state({ hoverId: null }));
    expect(cy.$('.faded').length).toBe(0);
  });
});

describe('hiding an entity', () => {
  it('hides exactly the entity the reader hid, and leaves the data alone', () => {
    const cy = drawnGraph();
    applyDisplayState(cy, state({ hiddenIds: new Set(['russia']) }));
    expect(cy.$('.filtered').map((element) => element.id())).toEqual(['russia']);
    expect(cy.nodes().length).toBe(4);
  });
});
