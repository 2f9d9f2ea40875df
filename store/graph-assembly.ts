// Engine-neutral graph building: entity records, aggregated edges, neighbourhood BFS and graphs gathered from query rows.

import type { EntitySummary, GraphEdge, GraphNode, GraphPayload, Predicate } from '../core/model.js';
import { PREDICATES, isPredicate } from '../core/vocabulary.js';
import { toEntitySummary } from './records.js';

/** All stored relationships with the same (subject, predicate, object), as an engine aggregates them. */
export interface EdgeAggregate {
  subject: string;
  predicate: Predicate;
  object: string;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** One stored relationship, reduced to what aggregation needs. */
export interface RelationshipFact {
  subject: string;
  predicate: Predicate;
  object: string;
  articleId: string;
  date: string | null;
}

/** An entity-to-entity link incident to a BFS frontier, weighted by its number of articles. */
export interface AdjacentLink {
  source: string;
  target: string;
  weight: number;
}

/** Reads an adjacency row `{source, target, weight}` (same columns in every engine and statement). */
export function toAdjacentLink(row: Record<string, unknown>): AdjacentLink {
  return { source: String(row.source), target: String(row.target), weight: Number(row.weight) };
}

/** The GraphEdge for an aggregate: id `subject|predicate|object` and the predicate's colour group. */
export function toGraphEdge(aggregate: EdgeAggregate): GraphEdge {
  return {
    id: `${aggregate.subject}|${aggregate.predicate}|${aggregate.object}`,
    source: aggregate.subject,
    target: aggregate.object,
    predicate: aggregate.predicate,
    group: PREDICATES[aggregate.predicate].group,
    articleCount: aggregate.articleCount,
    firstDate: aggregate.firstDate,
    lastDate: aggregate.lastDate,
  };
}

/** Aggregates individual relationships into GraphEdges (distinct articles, first and last date). */
export function aggregateRelationships(facts: Iterable<RelationshipFact>): GraphEdge[] {
  const groups = new Map<string, { fact: RelationshipFact; articles: Set<string>; dates: string[] }>();
  for (const fact of facts) {
    const key = `${fact.subject}|${fact.predicate}|${fact.object}`;
    const group = groups.get(key) ?? { fact, articles: new Set<string>(), dates: [] };
    group.articles.add(fact.articleId);
    if (fact.date) group.dates.push(fact.date);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ fact, articles, dates }) => {
    dates.sort();
    return toGraphEdge({
      subject: fact.subject,
      predicate: fact.predicate,
      object: fact.object,
      articleCount: articles.size,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
    });
  });
}

/**
 * Breadth-first expansion from `startId` over entity–entity links, `depth` hops at most and
 * `limit` nodes in all (start included). When a hop brings more nodes than fit, the most
 * corroborated ones (highest summed link weight) are kept and `truncated` is set.
 */
export async function expandNeighborhood(
  startId: string,
  options: { depth: number; limit: number },
  adjacent: (frontier: string[]) => Promise<AdjacentLink[]>,
): Promise<{ ids: string[]; truncated: boolean }> {
  const kept = new Set([startId]);
  let frontier = [startId];
  let truncated = false;
  for (let hop = 0; hop < options.depth && frontier.length > 0; hop++) {
    const inFrontier = new Set(frontier);
    const weights = new Map<string, number>();
    for (const link of await adjacent(frontier)) {
      for (const [from, to] of [[link.source, link.target], [link.target, link.source]]) {
        if (inFrontier.has(from) && !kept.has(to)) weights.set(to, (weights.get(to) ?? 0) + link.weight);
      }
    }
    const candidates = [...weights].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    const room = Math.max(options.limit - kept.size, 0);
    if (candidates.length > room) truncated = true;
    frontier = candidates.slice(0, room);
    for (const id of frontier) kept.add(id);
  }
  return { ids: [...kept], truncated };
}

/** A node or relationship value after an engine's values were turned into plain JSON. */
type PlainGraphValue = Record<string, unknown> & { _id: string; _label: string };

/** Given relationship `id`s whose endpoints were not in the rows, returns those endpoints. */
export type EndpointResolver = (relationshipIds: string[]) => Promise<Map<string, { subject: EntitySummary; object: EntitySummary }>>;

/**
 * Gathers every Entity node and entity–entity relationship found anywhere in plain query rows
 * (nested in lists, maps and paths) into a GraphPayload. Relationships whose endpoint nodes are
 * not in the rows are completed through `resolveEndpoints`.
 */
export async function gatherGraph(rows: Record<string, unknown>[], truncated: boolean, resolveEndpoints: EndpointResolver): Promise<GraphPayload> {
  const nodes = new Map<string, GraphNode>();
  const entityIdByNodeId = new Map<string, string>();
  const relationships = new Map<string, PlainGraphValue>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record._label === 'string' && typeof record._id === 'string') {
      const graphValue = record as PlainGraphValue;
      if ('_src' in record) {
        if (isPredicate(graphValue._label) && typeof record.id === 'string') relationships.set(record.id, graphValue);
      } else if (graphValue._label === 'Entity') {
        const entity = toEntitySummary(record);
        nodes.set(entity.id, entity);
        entityIdByNodeId.set(graphValue._id, entity.id);
      }
      return;
    }
    Object.values(record).forEach(visit);
  };
  rows.forEach(visit);

  const facts: RelationshipFact[] = [];
  const unresolved: string[] = [];
  for (const [id, rel] of relationships) {
    const subject = entityIdByNodeId.get(String(rel._src));
    const object = entityIdByNodeId.get(String(rel._dst));
    if (subject && object) facts.push(relationshipFact(rel, subject, object));
    else unresolved.push(id);
  }
  if (unresolved.length > 0) {
    const endpoints = await resolveEndpoints(unresolved);
    for (const id of unresolved) {
      const found = endpoints.get(id);
      if (!found) continue;
      nodes.set(found.subject.id, nodes.get(found.subject.id) ?? found.subject);
      nodes.set(found.object.id, nodes.get(found.object.id) ?? found.object);
      facts.push(relationshipFact(relationships.get(id)!, found.subject.id, found.object.id));
    }
  }
  return { nodes: [...nodes.values()], edges: aggregateRelationships(facts), truncated };
}

function relationshipFact(rel: PlainGraphValue, subject: string, object: string): RelationshipFact {
  return {
    subject,
    predicate: rel._label as Predicate,
    object,
    articleId: String(rel.articleId),
    date: (rel.date as string | null | undefined) ?? null,
  };
}
