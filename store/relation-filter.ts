// The Explorer's relation filters (dates, predicates, entity types, evidence count, sources) as both engines apply them.

import type { EntityType, GraphEdge, Predicate } from '../core/model.js';
import { InvalidArgumentError } from '../core/errors.js';
import { ENTITY_TYPES, PREDICATE_NAMES, isEntityType, isPredicate } from '../core/vocabulary.js';
import { toGraphEdge, type AdjacentLink, type EdgeAggregate } from './graph-assembly.js';
import { requireInteger } from './store-arguments.js';

/**
 * Which stored relationships count. Every field is optional and an absent field filters nothing.
 * A relationship counts when its date lies in [from, to], its predicate is listed and its article
 * comes from a listed source; an aggregated edge then counts only those relationships, and is
 * dropped when fewer than `minArticles` articles remain behind it.
 */
export interface RelationFilter {
  /** First day (YYYY-MM-DD, inclusive); undated relationships fall outside any date range. */
  from?: string;
  /** Last day (YYYY-MM-DD, inclusive). */
  to?: string;
  predicates?: Predicate[];
  /** Entity types a neighbourhood may reach (its start entity is always kept). */
  types?: EntityType[];
  /** Edges stated by fewer articles than this are dropped. */
  minArticles?: number;
  /** Articles' sources (outlets) whose evidence counts; empty or absent: all. */
  sources?: string[];
}

/** The statement parameters of a filter's evidence part; every filtered statement of both engines takes exactly these. */
// A type alias, not an interface, so that it passes as a statement's parameter record.
export type RelationFilterParams = {
  dated: boolean;
  from: string;
  to: string;
  predicates: Predicate[];
  bySource: boolean;
  sources: string[];
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Throws InvalidArgumentError unless every field of `filter` is well formed; returns it with defaults dropped. */
export function checkRelationFilter(method: string, filter: RelationFilter): RelationFilter {
  for (const name of ['from', 'to'] as const) {
    const value = filter[name];
    if (value !== undefined && !(ISO_DAY.test(value) && !Number.isNaN(Date.parse(value)))) {
      throw new InvalidArgumentError(`${method}: invalid \`${name}\` (${value}). Expecting a date as YYYY-MM-DD.`);
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new InvalidArgumentError(`${method}: \`from\` (${filter.from}) is after \`to\` (${filter.to}). Swap them.`);
  }
  const unknownPredicate = filter.predicates?.find((name) => !isPredicate(name));
  if (unknownPredicate) {
    throw new InvalidArgumentError(`${method}: no such predicate \`${unknownPredicate}\`. Known predicates: ${PREDICATE_NAMES.join(', ')}.`);
  }
  const unknownType = filter.types?.find((name) => !isEntityType(name));
  if (unknownType) throw new InvalidArgumentError(`${method}: no such entity type \`${unknownType}\`. Known types: ${ENTITY_TYPES.join(', ')}.`);
  if (filter.minArticles !== undefined) requireInteger(method, 'minArticles', filter.minArticles, 1);
  return {
    from: filter.from,
    to: filter.to,
    predicates: filter.predicates,
    types: filter.types,
    minArticles: filter.minArticles,
    sources: filter.sources?.length ? filter.sources : undefined,
  };
}

/**
 * The evidence parameters of the filtered statements. Lists are never null (Kùzu cannot bind a null
 * list), so "no filter" is spelt as every predicate or a switched-off flag. (Kùzu also refuses a
 * parameter its statement does not use, hence `types` apart: see `reachableTypes`.)
 */
export function relationFilterParams(filter: RelationFilter): RelationFilterParams {
  const dated = filter.from !== undefined || filter.to !== undefined;
  return {
    dated,
    // ISO days compare as strings; '' and '9999-12-31' leave an end open.
    from: filter.from ?? '',
    to: filter.to ?? '9999-12-31',
    predicates: filter.predicates ?? PREDICATE_NAMES,
    bySource: (filter.sources?.length ?? 0) > 0,
    sources: filter.sources ?? [],
  };
}

/** The `$types` parameter of a neighbourhood walk: the entity types it may reach. */
export function reachableTypes(filter: RelationFilter): EntityType[] {
  return filter.types ?? [...ENTITY_TYPES];
}

/** Turns filtered edge aggregates into GraphEdges, dropping those stated by fewer than `minArticles` articles. */
export function filteredEdges(aggregates: EdgeAggregate[], minArticles = 1): GraphEdge[] {
  // In id order: the engine returns aggregates in whatever order its scan met them, which changed
  // from one request to the next while a load was writing; the same question gets the same answer.
  return aggregates
    .filter((aggregate) => Number(aggregate.articleCount) >= minArticles)
    .map((aggregate) => toGraphEdge({ ...aggregate, articleCount: Number(aggregate.articleCount) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The links a neighbourhood expands over: filtered edge aggregates strong enough to keep, weighted by articles. */
export function linksFromAggregates(aggregates: EdgeAggregate[], minArticles = 1): AdjacentLink[] {
  return filteredEdges(aggregates, minArticles).map((edge) => ({ source: edge.source, target: edge.target, weight: edge.articleCount }));
}
