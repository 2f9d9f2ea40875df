// Expand-and-prune rules on graph data: collapsing a node, and fitting an expansion under the node cap.

import type { GraphPayload } from '../../core/model.js';
import type { GraphData } from './graph-data.js';

/** Most entities the canvas draws at once (Neo4j Browser's cap). */
export const NODE_CAP = 300;
/** Neighbours fetched per expansion (Neo4j Browser's). */
export const EXPAND_PAGE = 100;

/** What a collapse leaves, and what it took away. */
export interface Collapse {
  data: GraphData;
  removedNodeIds: string[];
}

/**
 * Removes the neighbours of `id` that nothing else holds: those whose every relation on the canvas
 * goes to `id`. Entities in `keep` (the focus, pinned ones) always stay.
 */
export function collapseNeighbours(data: GraphData, id: string, keep: ReadonlySet<string>): Collapse {
  const others = new Map<string, Set<string>>();
  for (const edge of data.edges.values()) {
    for (const [from, to] of [[edge.source, edge.target], [edge.target, edge.source]]) {
      if (!others.has(from)) others.set(from, new Set());
      others.get(from)!.add(to);
    }
  }
  const removed = new Set(
    [...(others.get(id) ?? [])].filter((neighbour) => neighbour !== id && !keep.has(neighbour) && [...others.get(neighbour)!].every((end) => end === id)),
  );
  if (removed.size === 0) return { data, removedNodeIds: [] };
  const nodes = new Map([...data.nodes].filter(([nodeId]) => !removed.has(nodeId)));
  const edges = new Map([...data.edges].filter(([, edge]) => !removed.has(edge.source) && !removed.has(edge.target)));
  return { data: { nodes, edges }, removedNodeIds: [...removed] };
}

/** An expansion trimmed to the room left under the cap. */
export interface CappedExpansion {
  payload: GraphPayload;
  /** New entities the page offered, and how many of them fit. */
  offered: number;
  added: number;
  /** Page entries (after the anchor) used up: the next page starts this far after this one. */
  consumed: number;
}

/**
 * Keeps the anchor, the entities already drawn and as many of the page's newcomers (in rank order)
 * as fit under `cap`; relations to entities left out are dropped.
 */
export function capExpansion(data: GraphData, payload: GraphPayload, anchorId: string, cap: number = NODE_CAP): CappedExpansion {
  let room = Math.max(cap - data.nodes.size, 0);
  const page = payload.nodes.filter((node) => node.id !== anchorId);
  let offered = 0;
  let added = 0;
  let consumed = 0;
  const kept = payload.nodes.filter((node) => node.id === anchorId || data.nodes.has(node.id));
  for (const node of page) {
    if (data.nodes.has(node.id)) {
      if (room > 0) consumed++;
      continue;
    }
    offered++;
    if (room > 0) {
      kept.push(node);
      room--;
      added++;
      consumed++;
    }
  }
  const keptIds = new Set(kept.map((node) => node.id));
  return {
    payload: { ...payload, nodes: kept, edges: payload.edges.filter((edge) => keptIds.has(edge.source) && keptIds.has(edge.target)) },
    offered,
    added,
    consumed,
  };
}
