// The graph data the explorer holds: built from and merged with API payloads, never changed by display state.

import type { GraphEdge, GraphNode, GraphPayload } from '../../core/model.js';

/** Every entity and aggregated relation drawn on the canvas, keyed by id. */
export interface GraphData {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
}

/** What a merge added, so the canvas can place only the newcomers. */
export interface GraphMerge {
  data: GraphData;
  addedNodeIds: string[];
  addedEdgeIds: string[];
}

export const EMPTY_GRAPH: GraphData = { nodes: new Map(), edges: new Map() };

/** Builds graph data from one payload; edges whose ends are missing are left out. */
export function graphFromPayload(payload: GraphPayload): GraphData {
  return mergeGraph(EMPTY_GRAPH, payload).data;
}

/**
 * Merges a payload into existing data: new entities and relations are added, known ones are
 * refreshed with the newer counts. Edges that would dangle (an end not in the result) are dropped.
 */
export function mergeGraph(data: GraphData, payload: GraphPayload): GraphMerge {
  const nodes = new Map(data.nodes);
  const edges = new Map(data.edges);
  const addedNodeIds: string[] = [];
  const addedEdgeIds: string[] = [];
  for (const node of payload.nodes) {
    if (!nodes.has(node.id)) addedNodeIds.push(node.id);
    nodes.set(node.id, node);
  }
  for (const edge of payload.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    if (!edges.has(edge.id)) addedEdgeIds.push(edge.id);
    edges.set(edge.id, edge);
  }
  return { data: { nodes, edges }, addedNodeIds, addedEdgeIds };
}

