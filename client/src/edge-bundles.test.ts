// Tests of drawing parallel relations as one edge.

import type { GraphEdge, Predicate } from '../../core/model.js';
import { bundleEdges, reverseEdgeId } from './edge-bundles.js';

function edge(source: string, predicate: Predicate, target: string, articleCount: number): GraphEdge {
  return { id: `${source}|${predicate}|${target}`, source, target, predicate, group: 'verbal-cooperation', articleCount, firstDate: null, lastDate: null };
}

describe('bundleEdges', () => {
  it('draws "Putin spoke with Raisi" and "Raisi spoke with Putin" as one edge counting both', () => {
    const bundles = bundleEdges([edge('putin', 'SPOKE_WITH', 'raisi', 2), edge('raisi', 'SPOKE_WITH', 'putin', 1)]);
    expect(bundles).toEqual([
      expect.objectContaining({ id: 'putin|SPOKE_WITH|raisi', articleCount: 3, bothWays: true, memberIds: ['putin|SPOKE_WITH|raisi', 'raisi|SPOKE_WITH|putin'] }),
    ]);
  });

  it('keeps different predicates between the same two entities apart', () => {
    const bundles = bundleEdges([edge('putin', 'SPOKE_WITH', 'raisi', 1), edge('putin', 'MET_WITH', 'raisi', 1)]);
    expect(bundles.map((bundle) => bundle.bothWays)).toEqual([false, false]);
  });

  it('finds the id of the reverse statement', () => {
    expect(reverseEdgeId(edge('putin', 'SPOKE_WITH', 'raisi', 1))).toBe('raisi|SPOKE_WITH|putin');
  });
});
