// Tests of the graph data held by the explorer: drawing a neighbourhood and expanding a node into it.

import type { GraphEdge, GraphNode } from '../../core/model.js';
import { graphFromPayload, mergeGraph } from './graph-data.js';

function node(id: string, articleCount = 1): GraphNode {
  return { id, name: id, type: 'PERSON', aliases: [], articleCount, mentionCount: articleCount, firstSeen: null, lastSeen: null };
}

function edge(source: string, target: string, articleCount = 1): GraphEdge {
  return { id: `${source}|SPOKE_WITH|${target}`, source, target, predicate: 'SPOKE_WITH', group: 'verbal-cooperation', articleCount, firstDate: null, lastDate: null };
}

describe('graph data', () => {
  it('leaves out a relation whose other end the server did not send', () => {
    const data = graphFromPayload({ nodes: [node('putin'), node('raisi')], edges: [edge('putin', 'raisi'), edge('putin', 'missing')], truncated: true });
    expect([...data.edges.keys()]).toEqual(['putin|SPOKE_WITH|raisi']);
  });

  it('expanding a node adds only the newcomers and refreshes the counts of known ones', () => {
    const before = graphFromPayload({ nodes: [node('putin'), node('raisi')], edges: [edge('putin', 'raisi')], truncated: false });
    const merge = mergeGraph(before, {
      nodes: [node('raisi', 5), node('erdogan')],
      edges: [edge('putin', 'raisi', 3), edge('raisi', 'erdogan')],
      truncated: false,
    });
    expect(merge.addedNodeIds).toEqual(['erdogan']);
    expect(merge.addedEdgeIds).toEqual(['raisi|SPOKE_WITH|erdogan']);
    expect(merge.data.nodes.get('raisi')?.articleCount).toBe(5);
    expect(merge.data.edges.get('putin|SPOKE_WITH|raisi')?.articleCount).toBe(3);
    expect(before.nodes.has('erdogan')).toBe(false);
  });
});
