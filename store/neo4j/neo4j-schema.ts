// Turns the rows of Neo4j's schema procedures into the console schema's labels and relationship types.

import type { SchemaParts } from '../store-schema.js';

type Row = Record<string, unknown>;

/** The rows of each statement in statements.ts's "Cypher console: schema" block. */
export interface Neo4jSchemaRows {
  labels: Row[];
  relationshipTypes: Row[];
  propertyKeys: Row[];
  nodeProperties: Row[];
  relProperties: Row[];
  relEndpoints: Row[];
}

// Neo4j's schema sample pairs every label of the endpoints (Entity and Person, Entity and Country…);
// the labels every node of its kind carries describe a relationship type best.
const BASE_LABELS = new Set(['Entity', 'Article']);

/** Groups properties by label and type and picks each type's endpoint labels. */
export function toNeo4jSchemaParts(rows: Neo4jSchemaRows): SchemaParts {
  const nodeProperties = new Map<string, string[]>();
  for (const row of rows.nodeProperties) {
    if (typeof row.propertyName !== 'string') continue;
    for (const label of (row.nodeLabels as string[] | null) ?? []) nodeProperties.set(label, [...(nodeProperties.get(label) ?? []), row.propertyName]);
  }
  const relProperties = new Map<string, string[]>();
  for (const row of rows.relProperties) {
    if (typeof row.propertyName !== 'string') continue;
    // relType comes back as ":`SPOKE_WITH`".
    const type = String(row.relType).replace(/^:/, '').replace(/^`(.*)`$/, '$1');
    relProperties.set(type, [...(relProperties.get(type) ?? []), row.propertyName]);
  }
  const endpoints = new Map<string, { from: string; to: string }>();
  for (const row of rows.relEndpoints) {
    const type = String(row.type);
    const from = pickLabel(row.source as string[]);
    const to = pickLabel(row.target as string[]);
    const known = endpoints.get(type);
    if (!known || (BASE_LABELS.has(from) && BASE_LABELS.has(to) && !(BASE_LABELS.has(known.from) && BASE_LABELS.has(known.to)))) {
      endpoints.set(type, { from, to });
    }
  }
  return {
    nodeLabels: rows.labels.map((row) => String(row.label)).map((label) => ({ label, properties: nodeProperties.get(label) ?? [] })),
    relationshipTypes: rows.relationshipTypes
      .map((row) => String(row.type))
      .map((type) => ({ type, properties: relProperties.get(type) ?? [], from: endpoints.get(type)?.from ?? '', to: endpoints.get(type)?.to ?? '' })),
    otherPropertyKeys: rows.propertyKeys.map((row) => String(row.propertyKey)),
  };
}

function pickLabel(labels: string[] | null | undefined): string {
  const list = labels ?? [];
  return list.find((label) => BASE_LABELS.has(label)) ?? list[0] ?? '';
}
