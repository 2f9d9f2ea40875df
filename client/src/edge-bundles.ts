// Parallel relations drawn as one: the same predicate between the same two entities, in either direction.

import type { GraphEdge } from '../../core/model.js';

/** One drawn edge standing for one or two stored directions of the same relation. */
export interface EdgeBundle extends Pick<GraphEdge, 'source' | 'target' | 'predicate' | 'group'> {
  /** The id of its first member, so selecting the bundle selects a real relation. */
  id: string;
  /** Articles behind every member, summed. */
  articleCount: number;
  /** Ids of the aggregated relations drawn by this edge. */
  memberIds: string[];
  /** True when both directions are stated (A→B and B→A). */
  bothWays: boolean;
}

/** The id of the same relation stated the other way round. */
export function reverseEdgeId(edge: Pick<GraphEdge, 'source' | 'predicate' | 'target'>): string {
  return `${edge.target}|${edge.predicate}|${edge.source}`;
}

/** Groups relations by (unordered pair, predicate); each group becomes one drawn edge. */
export function bundleEdges(edges: Iterable<GraphEdge>): EdgeBundle[] {
  const bundles = new Map<string, EdgeBundle>();
  for (const edge of edges) {
    const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${a}|${edge.predicate}|${b}`;
    const bundle = bundles.get(key);
    if (!bundle) {
      bundles.set(key, { id: edge.id, source: edge.source, target: edge.target, predicate: edge.predicate, group: edge.group, articleCount: edge.articleCount, memberIds: [edge.id], bothWays: false });
      continue;
    }
    bundle.memberIds.push(edge.id);
    bundle.articleCount += edge.articleCount;
    bundle.bothWays = true;
  }
  return [...bundles.values()];
}
