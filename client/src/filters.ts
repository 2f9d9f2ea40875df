// The Explorer's filters as pure functions: what the client hides at once, and what it asks the server to narrow.

import type { EntityType, GraphEdge } from '../../core/model.js';
import type { ExplorerState } from './state-store.js';

/** The filter fields of the explorer state. */
export type FilterState = Pick<ExplorerState, 'hiddenTypes' | 'hiddenGroups' | 'hiddenPredicates' | 'minArticles' | 'dateFrom' | 'dateTo' | 'sources' | 'focusId'>;

/** What filtering needs to know of a drawn entity (GraphNode and Cytoscape node data both fit). */
export interface FilterableNode {
  id: string;
  type: EntityType;
}

/** What filtering needs to know of a drawn relation (GraphEdge and Cytoscape edge data both fit). */
export type FilterableEdge = Pick<GraphEdge, 'id' | 'source' | 'target' | 'predicate' | 'group' | 'articleCount'>;

/** The elements the filters hide, by id. */
export interface HiddenElements {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The narrowing only the server can do exactly (dates and sources decide which evidence counts). */
export interface ServerFilter {
  from?: string;
  to?: string;
  sources?: string[];
}

/** True when the client-side filters (group, predicate, evidence count) hide this relation. */
export function isRelationFiltered(edge: FilterableEdge, state: FilterState): boolean {
  return state.hiddenGroups.has(edge.group) || state.hiddenPredicates.has(edge.predicate) || edge.articleCount < state.minArticles;
}

/**
 * The entities and relations the client-side filters hide: entities of a hidden type, relations
 * of a hidden group or predicate or with too few articles, and entities left with no visible
 * relation by those filters (never the focused entity), so that no stranded node floats alone.
 */
export function hiddenElements(nodes: Iterable<FilterableNode>, edges: Iterable<FilterableEdge>, state: FilterState): HiddenElements {
  const hidden: HiddenElements = { nodes: new Set(), edges: new Set() };
  const visibleDegree = new Map<string, number>();
  const degree = new Map<string, number>();
  const nodeList = [...nodes];
  for (const node of nodeList) {
    if (state.hiddenTypes.has(node.type)) hidden.nodes.add(node.id);
  }
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    if (isRelationFiltered(edge, state)) {
      hidden.edges.add(edge.id);
      continue;
    }
    for (const end of [edge.source, edge.target]) visibleDegree.set(end, (visibleDegree.get(end) ?? 0) + 1);
  }
  for (const node of nodeList) {
    const stranded = (degree.get(node.id) ?? 0) > 0 && !visibleDegree.has(node.id);
    if (stranded && node.id !== state.focusId) hidden.nodes.add(node.id);
  }
  return hidden;
}

/** The server-side part of the filters, for neighbourhood and timeline requests. */
export function serverFilter(state: Pick<ExplorerState, 'dateFrom' | 'dateTo' | 'sources'>): ServerFilter {
  return {
    from: state.dateFrom ?? undefined,
    to: state.dateTo ?? undefined,
    sources: state.sources.size > 0 ? [...state.sources].sort() : undefined,
  };
}

/** Number of filters in force (each hidden type, group and predicate, the evidence minimum, the date range, the sources). */
export function activeFilterCount(state: FilterState): number {
  return (
    state.hiddenTypes.size +
    state.hiddenGroups.size +
    state.hiddenPredicates.size +
    (state.minArticles > 1 ? 1 : 0) +
    (state.dateFrom || state.dateTo ? 1 : 0) +
    (state.sources.size > 0 ? 1 : 0)
  );
}

/** The state patch that switches every filter off. */
export function clearedFilters(): Pick<ExplorerState, 'hiddenTypes' | 'hiddenGroups' | 'hiddenPredicates' | 'minArticles' | 'dateFrom' | 'dateTo' | 'sources'> {
  return { hiddenTypes: new Set(), hiddenGroups: new Set(), hiddenPredicates: new Set(), minArticles: 1, dateFrom: null, dateTo: null, sources: new Set() };
}
