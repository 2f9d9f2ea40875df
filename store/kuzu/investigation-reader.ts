// Kùzu's side of the investigations: runs the investigation statements through the store's read function.

import type { Evidence } from '../../core/model.js';
import type { EvidenceQuery } from '../graph-store.js';
import { toAdjacentLink } from '../graph-assembly.js';
import { pairKey, toEdgeAggregate, toLinkRow, type InvestigationReader, type LinkFilter } from '../investigations.js';
import { toEntitySummary, toEvidence } from '../records.js';
import * as investigationStatements from './investigation-statements.js';
import * as statements from './statements.js';
import { lookUpKeys, nodeOffset } from './key-lookup.js';
import type { AdjacencyIndex } from './adjacency-index.js';

type Read = (statement: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * An InvestigationReader over Kùzu: `read` runs one statement on a read connection, `evidence` is the
 * store's own, `adjacency` the store's adjacency index when it is up to date (adjacency-cache.ts), which
 * then answers the reads it can (the same answers as the statements) and gives table offsets without a lookup.
 */
export function kuzuInvestigationReader(read: Read, evidence: (query: EvidenceQuery) => Promise<Evidence[]>, adjacency: () => AdjacencyIndex | null): InvestigationReader {
  const offsetsById = async (ids: string[]) =>
    new Map((await lookUpKeys(read, statements.ENTITY_LOOKUP, ids)).map(({ e }) => [String((e as Record<string, unknown>).id), nodeOffset(e as Record<string, unknown>)]));
  const offsetsOf = async (ids: string[]) => adjacency()?.offsetsOf(new Set(ids)) ?? [...(await offsetsById(ids)).values()];
  return {
    async entities(ids) {
      return (await lookUpKeys(read, statements.ENTITY_LOOKUP, ids)).map((row) => toEntitySummary(row.e as Record<string, unknown>));
    },
    async links(query, filter) {
      const params = { offsets: await offsetsOf(query.frontier), exclude: await offsetsOf(query.exclude), limit: query.limit, ...filter };
      return (await read(investigationStatements.TRACE_LINKS, params)).map(toLinkRow);
    },
    async coMentions(query, filter) {
      const { types, dated, from, to } = filter;
      return (await read(investigationStatements.TRACE_CO_MENTIONS, { ids: query.frontier, exclude: query.exclude, limit: query.limit, types, dated, from, to })).map(toLinkRow);
    },
    async edgesAmong(ids, filter: LinkFilter) {
      const index = adjacency();
      if (index) return index.edgesAmong(ids, filter);
      const offsets = await offsetsOf(ids);
      if (offsets.length === 0) return [];
      return (await read(investigationStatements.FILTERED_EDGES_AMONG, { offsets, predicates: filter.predicates, dated: filter.dated, from: filter.from, to: filter.to })).map(toEdgeAggregate);
    },
    async adjacent(frontier, direction, limit) {
      const index = adjacency();
      if (index) return index.adjacent(frontier, direction, limit);
      return (await read(investigationStatements.ADJACENT[direction], { ids: frontier, limit })).map(toAdjacentLink);
    },
    evidence,
    async evidenceAmong(pairs) {
      const wanted = new Set(pairs.map(([a, b]) => pairKey(a, b)));
      const offsets = await offsetsOf(pairs.flat());
      if (offsets.length === 0) return [];
      // The statement returns every relationship among the entities; only the asked-for pairs are kept.
      const relations = (await read(investigationStatements.RELATIONS_AMONG, { offsets })).filter((row) => wanted.has(pairKey(String(row.subject), String(row.object))));
      const articles = new Map((await lookUpKeys(read, statements.ARTICLE_LOOKUP, relations.map((row) => String(row.articleId)))).map((row) => [String(row.articleId), row]));
      return relations.map((row) => toEvidence({ ...articles.get(String(row.articleId)), ...row }));
    },
    async newEntities(since, limit) {
      return (await read(investigationStatements.NEW_ENTITIES, { since, limit })).map((row) => toEntitySummary(row.e as Record<string, unknown>));
    },
    async newRelations(since, limit) {
      return (await read(investigationStatements.NEW_RELATIONS, { since, limit })).map(toEdgeAggregate);
    },
  };
}
