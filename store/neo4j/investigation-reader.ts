// Neo4j's side of the investigations: runs the investigation statements through the store's read function.

import neo4j from 'neo4j-driver';
import type { Evidence } from '../../core/model.js';
import type { EvidenceQuery } from '../graph-store.js';
import { toAdjacentLink } from '../graph-assembly.js';
import { toEdgeAggregate, toLinkRow, type InvestigationReader } from '../investigations.js';
import { toEntitySummary } from '../records.js';
import * as statements from './statements.js';

type Read = (statement: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** An InvestigationReader over Neo4j; `read` runs one statement in a read transaction, `evidence` is the store's own. */
export function neo4jInvestigationReader(read: Read, evidence: (query: EvidenceQuery) => Promise<Evidence[]>): InvestigationReader {
  return {
    async entities(ids) {
      return (await read(statements.ENTITIES_BY_IDS, { ids })).map((row) => toEntitySummary(row.e as Record<string, unknown>));
    },
    async links(query, filter) {
      return (await read(statements.TRACE_LINKS, { ids: query.frontier, exclude: query.exclude, limit: neo4j.int(query.limit), ...filter })).map(toLinkRow);
    },
    async coMentions(query, filter) {
      const { types, dated, from, to } = filter;
      return (await read(statements.TRACE_CO_MENTIONS, { ids: query.frontier, exclude: query.exclude, limit: neo4j.int(query.limit), types, dated, from, to })).map(toLinkRow);
    },
    async edgesAmong(ids, filter) {
      return (await read(statements.FILTERED_EDGES_AMONG, { ids, predicates: filter.predicates, dated: filter.dated, from: filter.from, to: filter.to })).map(toEdgeAggregate);
    },
    async adjacent(frontier, direction, limit) {
      return (await read(statements.ADJACENT[direction], { ids: frontier, limit: neo4j.int(limit) })).map(toAdjacentLink);
    },
    evidence,
    async evidenceAmong(pairs) {
      // Neo4j finds a relationship between two indexed ids directly, so the store's own evidence() per direction is enough.
      const both = pairs.flatMap(([a, b]) => [evidence({ subject: a, object: b }), evidence({ subject: b, object: a })]);
      return (await Promise.all(both)).flat();
    },
    async newEntities(since, limit) {
      return (await read(statements.NEW_ENTITIES, { since, limit: neo4j.int(limit) })).map((row) => toEntitySummary(row.e as Record<string, unknown>));
    },
    async newRelations(since, limit) {
      return (await read(statements.NEW_RELATIONS, { since, limit: neo4j.int(limit) })).map(toEdgeAggregate);
    },
  };
}
