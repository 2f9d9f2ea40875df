// Reads the JSON values of a Cypher result: which are nodes, relationships and paths, and how to show each in one line.

/** A value of a result cell, classified for display. */
export type ResultValue =
  | { kind: 'node'; label: string; caption: string; properties: Record<string, unknown> }
  | { kind: 'relationship'; label: string; caption: string; properties: Record<string, unknown> }
  | { kind: 'path'; nodes: unknown[]; relationships: unknown[] }
  | { kind: 'list'; items: unknown[] }
  | { kind: 'map'; entries: Record<string, unknown> }
  | { kind: 'scalar'; value: string | number | boolean | null };

type Json = Record<string, unknown>;

// The store presents graph values with underscore keys (`_id`, `_label`, and `_src`/`_dst` on relationships).
const INTERNAL = /^_/;
const RELATIONSHIP_ENDS = [
  ['_src', '_dst'],
  ['_start', '_end'],
] as const;
// Properties that name a node best, in order; the stored id is the fallback.
const CAPTION_KEYS = ['name', 'title', 'id'];

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function ownProperties(record: Json): Json {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !INTERNAL.test(key)));
}

function caption(properties: Json): string {
  const key = CAPTION_KEYS.find((name) => typeof properties[name] === 'string' || typeof properties[name] === 'number');
  return key ? String(properties[key]) : '';
}

/** Classifies one cell value: a node, relationship or path from the store, a list, a map or a scalar. */
export function classifyValue(value: unknown): ResultValue {
  if (Array.isArray(value)) return { kind: 'list', items: value };
  if (!isRecord(value)) {
    return { kind: 'scalar', value: value === undefined ? null : (value as string | number | boolean | null) };
  }
  if (Array.isArray(value._nodes) && Array.isArray(value._rels)) return { kind: 'path', nodes: value._nodes, relationships: value._rels };
  if (typeof value._label === 'string') {
    const properties = ownProperties(value);
    const isRelationship = RELATIONSHIP_ENDS.some(([from, to]) => from in value && to in value);
    if (isRelationship) {
      // Our relations share one shape per predicate; show the predicate when the type alone does not say it.
      const predicate = typeof properties.predicate === 'string' && properties.predicate !== value._label ? ` ${properties.predicate}` : '';
      return { kind: 'relationship', label: value._label, caption: predicate.trim(), properties };
    }
    return { kind: 'node', label: value._label, caption: caption(properties), properties };
  }
  return { kind: 'map', entries: value };
}

/** One line of text for a cell: `(:Entity Vladimir Putin)`, `[:SPOKE_WITH]`, `path of 3 nodes`, lists and maps compact. */
export function valueText(value: unknown): string {
  const classified = classifyValue(value);
  switch (classified.kind) {
    case 'node':
      return `(:${classified.label}${classified.caption ? ` ${classified.caption}` : ''})`;
    case 'relationship':
      return `[:${classified.label}${classified.caption ? ` ${classified.caption}` : ''}]`;
    case 'path':
      return `path of ${classified.nodes.length} node${classified.nodes.length === 1 ? '' : 's'}`;
    case 'list':
      return `[${classified.items.map(valueText).join(', ')}]`;
    case 'map':
      return `{${Object.entries(classified.entries)
        .map(([key, inner]) => `${key}: ${valueText(inner)}`)
        .join(', ')}}`;
    case 'scalar':
      return classified.value === null ? 'null' : typeof classified.value === 'string' ? classified.value : String(classified.value);
  }
}
