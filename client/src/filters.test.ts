// Tests of the Explorer's filter logic on plain graph data.

import type { FilterableEdge, FilterableNode } from './filters.js';
import { activeFilterCount, clearedFilters, hiddenElements, serverFilter } from './filters.js';
import { initialState, type ExplorerState } from './state-store.js';

const NODES: FilterableNode[] = [
  { id: 'putin', type: 'PERSON' },
  { id: 'raisi', type: 'PERSON' },
  { id: 'russia', type: 'COUNTRY' },
  { id: 'iran', type: 'COUNTRY' },
];

const EDGES: FilterableEdge[] = [
  { id: 'putin|SPOKE_WITH|raisi', source: 'putin', target: 'raisi', predicate: 'SPOKE_WITH', group: 'verbal-cooperation', articleCount: 4 },
  { id: 'putin|LEADS|russia', source: 'putin', target: 'russia', predicate: 'LEADS', group: 'role', articleCount: 1 },
  { id: 'iran|SUPPLIES|russia', source: 'iran', target: 'russia', predicate: 'SUPPLIES', group: 'material-cooperation', articleCount: 2 },
];

function state(patch: Partial<ExplorerState>): ExplorerState {
  return { ...initialState(), focusId: 'putin', ...patch };
}

const sorted = (set: Set<string>) => [...set].sort();

describe('hiddenElements', () => {
  it('hides nothing when no filter is set', () => {
    const hidden = hiddenElements(NODES, EDGES, state({}));
    expect([hidden.nodes.size, hidden.edges.size]).toEqual([0, 0]);
  });

  it('hides a switched-off predicate and the entity left without any relation', () => {
    const hidden = hiddenElements(NODES, EDGES, state({ hiddenPredicates: new Set(['SPOKE_WITH']) }));
    expect(sorted(hidden.edges)).toEqual(['putin|SPOKE_WITH|raisi']);
    expect(sorted(hidden.nodes)).toEqual(['raisi']);
  });

  it('hides relations stated by fewer articles than the minimum, but never the focused entity', () => {
    const hidden = hiddenElements(NODES, EDGES, state({ minArticles: 5 }));
    expect(hidden.edges.size).toBe(3);
    expect(sorted(hidden.nodes)).toEqual(['iran', 'raisi', 'russia']);
  });

  it('keeps an entity that still has one visible relation', () => {
    const hidden = hiddenElements(NODES, EDGES, state({ minArticles: 2 }));
    expect(sorted(hidden.edges)).toEqual(['putin|LEADS|russia']);
    expect(hidden.nodes.has('russia')).toBe(false);
  });

  it('hides entities of a hidden type even when their relations are shown', () => {
    const hidden = hiddenElements(NODES, EDGES, state({ hiddenTypes: new Set(['COUNTRY']) }));
    expect(sorted(hidden.nodes)).toEqual(['iran', 'russia']);
  });
});

describe('serverFilter', () => {
  it('sends the date range and the sources, and nothing when they are open', () => {
    expect(serverFilter(state({ dateFrom: '2025-06-01', dateTo: '2025-06-30', sources: new Set(['Harbor Desk', 'Eastbound Report']) }))).toEqual({
      from: '2025-06-01',
      to: '2025-06-30',
      sources: ['Eastbound Report', 'Harbor Desk'],
    });
    expect(serverFilter(state({}))).toEqual({ from: undefined, to: undefined, sources: undefined });
  });
});

describe('activeFilterCount', () => {
  it('counts each filter in force, and a reset switches them all off', () => {
    const busy = state({ hiddenPredicates: new Set(['LEADS', 'SUPPLIES']), minArticles: 2, dateFrom: '2025-06-01', sources: new Set(['Harbor Desk']) });
    expect(activeFilterCount(busy)).toBe(5);
    expect(activeFilterCount({ ...busy, ...clearedFilters() })).toBe(0);
  });
});
