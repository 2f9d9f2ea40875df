// Turns the store's schema (GET /api/schema) into the DbSchema Neo4j's Cypher language support completes and lints against.

import type { DbSchema } from '@neo4j-cypher/language-support';
import type { StoreSchema } from '../../../core/model.js';

const unique = (values: Iterable<string>): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/**
 * Maps a StoreSchema to a DbSchema: labels, relationship types, every property key (including
 * those listed only on a label or a type), and the (from)-[type]->(to) pairs that let the
 * completion suggest only the types that fit a pattern.
 */
export function toDbSchema(schema: StoreSchema): DbSchema {
  return {
    labels: unique(schema.nodeLabels.map((node) => node.label)),
    relationshipTypes: unique(schema.relationshipTypes.map((relationship) => relationship.type)),
    propertyKeys: unique([
      ...schema.propertyKeys,
      ...schema.nodeLabels.flatMap((node) => node.properties),
      ...schema.relationshipTypes.flatMap((relationship) => relationship.properties),
    ]),
    graphSchema: schema.relationshipTypes.map(({ type, from, to }) => ({ from, to, relType: type })),
  };
}
