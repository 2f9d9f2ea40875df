// Kùzu's side of the investigations: runs the investigation statements through the store's read function.

import type { Evidence } from '../../core/model.js';
import type { EvidenceQuery } from '../graph-store.js';
import { pairKey, toEdgeAggregate, toLinkRow, type InvestigationReader, type LinkFilter } from '../investigations.js';
import { toEntitySummary, toEvidence } from '../records.js';
import * as investigationStatements from './investigation-statements.js';
import * as statements from './statements.js';

type Read = (statement: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;
/** Runs a read statement that Kùzu interrupts after `timeoutMs`; resolves null when it did. */
type ReadWithin = (statement: string, params: Record<string, unknown>, timeoutMs: number) => Promise<Record<string, unknown>[] | null>;

/**
 * Time budget for enumerating paths longer than the shortest ones: measured on the 1M-relationship
 * bench graph, walks of 3+ hops around hubs take seconds, while the shortest paths take ~0.4 s.
 */
export const LONGER_PATHS_BUDGET_MS = 250;

/**
 * An InvestigationReader over Kùzu: `read` runs one statement on a read connection, `readWithin`
 * one with a time limit, `evidence` is the store's own.
 */
export function kuzuInvestigationReader(read: Read, readWithin: ReadWithin, evidence: (query: EvidenceQuery) => Promise<Evidence[]>): InvestigationReader {
  const paths = async (statement: string, from: string, to: string, limit: number) =>
    (await read(statement, { from, to, limit })).map((row) => (row.ids as unknown[]).map(String));
  return {
    async entities(ids) {
      if (ids.length === 0) return [];
      return (await read(statements.ENTITIES_BY_IDS, { ids })).map((row) => toEntitySummary(row.e as Record<string, unknown>));
    },
    async links(query, filter) {
      return (await read(investigationStatements.TRACE_LINKS, { ids: query.frontier, exclude: query.exclude, limit: query.limit, ...filter })).map(toLinkRow);
    },
    async coMentions(query, filter) {
      const { types, dated, from, to } = filter;
      return (await read(investigationStatements.TRACE_CO_MENTIONS, { ids: query.frontier, exclude: query.exclude, limit: query.limit, types, dated, from, to })).map(toLinkRow);
    },
    async edgesAmong(ids, filter: LinkFilter) {
      if (ids.length === 0) return [];
      return (await read(investigationStatements.FILTERED_EDGES_AMONG, { ids, predicates: filter.predicates, dated: filter.dated, from: filter.from, to: filter.to })).map(toEdgeAggregate);
    },
    shortestPaths(from, to, maxLength, directed, limit) {
      return paths(investigationStatements.ALL_SHORTEST_PATHS[directed ? 'directed' : 'undirected'][maxLength], from, to, limit);
    },
    async pathsOfLength(from, to, length, directed, limit) {
      const rows = await readWithin(investigationStatements.PATHS_OF_LENGTH[directed ? 'directed' : 'undirected'][length], { from, to, limit }, LONGER_PATHS_BUDGET_MS);
      return rows && rows.map((row) => (row.ids as unknown[]).map(String));
    },
    evidence,
    async evidenceAmong(pairs) {
      const wanted = new Set(pairs.map(([a, b]) => pairKey(a, b)));
      const rows = await read(investigationStatements.EVIDENCE_AMONG, { ids: [...new Set(pairs.flat())] });
      // The statement returns every relationship among the ids; only the asked-for pairs are kept.
      return rows.map(toEvidence).filter((item) => wanted.has(pairKey(item.subject, item.object)));
    },
    async newEntities(since, limit) {
      return (await read(investigationStatements.NEW_ENTITIES, { since, limit })).map((row) => toEntitySummary(row.e as Record<string, unknown>));
    },
    async newRelations(since, limit) {
      return (await read(investigationStatements.NEW_RELATIONS, { since, limit })).map(toEdgeAggregate);
    },
  };
}
