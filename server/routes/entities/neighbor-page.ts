// One page of an entity's direct neighbours ("show N more"), cut from the store's ranked neighbourhood.

import type { GraphPayload } from '../../../core/model.js';
import type { GraphStore, RelationFilter } from '../../../store/graph-store.js';

export interface NeighborPageOptions extends RelationFilter {
  /** Neighbours to skip, most corroborated first. */
  offset: number;
  /** Neighbours in the page (the entity itself comes on top). */
  limit: number;
}

/**
 * The entity and its neighbours ranked `offset + 1 … offset + limit`. Edges join the page's
 * neighbours to the entity, to each other, and to neighbours of earlier pages (which the caller
 * already holds, so they are not repeated). `truncated` is true when more neighbours follow.
 */
export async function neighborPage(store: GraphStore, id: string, { offset, limit, ...filter }: NeighborPageOptions): Promise<GraphPayload> {
  // One more than the page, to learn whether another page follows.
  const ranked = await store.neighbors(id, { depth: 1, limit: 1 + offset + limit + 1, ...filter });
  const [entity, ...neighbours] = ranked.nodes;
  const page = neighbours.slice(offset, offset + limit);
  const pageIds = new Set(page.map((node) => node.id));
  const heldIds = new Set([entity?.id, ...neighbours.slice(0, offset + limit).map((node) => node.id)]);
  const inView = (edge: { source: string; target: string }) => heldIds.has(edge.source) && heldIds.has(edge.target);
  return {
    nodes: entity ? [entity, ...page] : page,
    edges: ranked.edges.filter((edge) => inView(edge) && (pageIds.has(edge.source) || pageIds.has(edge.target))),
    truncated: neighbours.length > offset + limit,
  };
}
