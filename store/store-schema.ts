// Engine-neutral assembly of the console schema (GET /api/schema) from what an engine reports about itself.

import type { StoreSchema } from '../core/model.js';
import { examplesFor } from './console-examples.js';

/** A node label (Kùzu node table) or relationship type (Kùzu rel table) as an engine lists it. */
export interface SchemaParts {
  nodeLabels: { label: string; properties: string[] }[];
  relationshipTypes: { type: string; properties: string[]; from: string; to: string }[];
  /** Keys the engine knows beyond those listed on labels and types (Neo4j's db.propertyKeys()). */
  otherPropertyKeys?: string[];
}

/** Sorts labels, types and properties, lists every property key once, and adds the store's examples. */
export function buildStoreSchema(store: 'kuzu' | 'neo4j', parts: SchemaParts): StoreSchema {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const nodeLabels = parts.nodeLabels
    .map((node) => ({ label: node.label, properties: sorted(node.properties) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const relationshipTypes = parts.relationshipTypes
    .map((rel) => ({ ...rel, properties: sorted(rel.properties) }))
    .sort((a, b) => a.type.localeCompare(b.type));
  const propertyKeys = sorted([...[...nodeLabels, ...relationshipTypes].flatMap((item) => item.properties), ...(parts.otherPropertyKeys ?? [])]);
  return { store, nodeLabels, relationshipTypes, propertyKeys, examples: examplesFor(store) };
}
