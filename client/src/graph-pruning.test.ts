// Tests of collapsing a node and of the node cap on expansions.

import type { GraphEdge, GraphNode } from '../../core/model.js';
import { graphFromPayload } from './graph-data.js';
import { capExpansion, collapseNeighbours } from './graph-pruning.js';

function node(id: string): GraphNode {
  return { id, name: id, type: 'PERSON', aliases: [], articleCount: 1, mentionCount: 1, firstSeen: null, lastSeen: null };
}

function edge(source: string, target: string): GraphEdge {
  return { id: `${source}|MET_WITH|${target}`, source, target, predicate: 'MET_WITH', group: 'verbal-cooperation', articleCount: 1, firstDate: null, lastDate: null };
}

// putin — raisi — iran, putin — xi, raisi — xi, putin — lukashenko, iran — tehran
const drawn = graphFromPayload({
  nodes: ['putin', 'raisi', 'iran', 'xi', 'lukashenko', 'tehran'].map(node),
  edges: [edge('putin', 'raisi'), edge('raisi', 'iran'), edge('putin', 'xi'), edge('raisi', 'xi'), edge('putin', 'lukashenko'), edge('iran', 'tehran')],
  truncated: false,
});

describe('collapsing a node', () => {
  it('removes the neighbours only it holds and keeps those tied to something else', () => {
    const collapsed = collapseNeighbours(drawn, 'raisi', new Set());
    expect(collapsed.removedNodeIds).toEqual([]);
    const fromPutin = collapseNeighbours(drawn, 'putin', new Set());
    expect(fromPutin.removedNodeIds).toEqual(['lukashenko']);
    expect([...fromPutin.data.nodes.keys()]).not.toContain('lukashenko');
    expect([...fromPutin.data.edges.keys()]).not.toContain('putin|MET_WITH|lukashenko');
  });

  it('never removes a pinned entity or the focus', () => {
    expect(collapseNeighbours(drawn, 'putin', new Set(['lukashenko'])).removedNodeIds).toEqual([]);
  });

  it('removes a leaf hanging off the collapsed node whichever way its relation points', () => {
    expect(collapseNeighbours(drawn, 'iran', new Set()).removedNodeIds).toEqual(['tehran']);
  });
});

describe('the node cap on an expansion', () => {
  const page = { nodes: ['iran', 'a', 'raisi', 'b', 'c'].map(node), edges: [edge('iran', 'a'), edge('iran', 'raisi'), edge('iran', 'b'), edge('b', 'c')], truncated: true };

  it('adds every newcomer when there is room', () => {
    const capped = capExpansion(drawn, page, 'iran', 100);
    expect(capped).toMatchObject({ offered: 3, added: 3, consumed: 4 });
    expect(capped.payload.nodes).toHaveLength(5);
  });

  it('adds the best-ranked newcomers that fit, drops relations to the others, and says where the next page starts', () => {
    const capped = capExpansion(drawn, page, 'iran', drawn.nodes.size + 2);
    expect(capped.payload.nodes.map((n) => n.id)).toEqual(['iran', 'raisi', 'a', 'b']);
    expect(capped.payload.edges.map((e) => e.id)).not.toContain('b|MET_WITH|c');
    expect(capped).toMatchObject({ offered: 3, added: 2, consumed: 3 });
  });

  it('adds nothing to a full canvas', () => {
    expect(capExpansion(drawn, page, 'iran', drawn.nodes.size)).toMatchObject({ added: 0, consumed: 0 });
  });
});
