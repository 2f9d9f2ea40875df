// Converts between plain JSON and Neo4j driver values: Integers in and out, nodes/relationships/paths as plain objects.

import neo4j from 'neo4j-driver';

/** Converts a value returned by neo4j-driver into plain JSON (no Integer, Node or temporal objects leak out). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value)) {
    return {
      ...plainProperties(value.properties),
      _id: value.elementId,
      _label: value.labels.includes('Entity') ? 'Entity' : (value.labels[0] ?? null),
      _labels: value.labels,
    };
  }
  if (neo4j.isRelationship(value)) {
    return {
      ...plainProperties(value.properties),
      _id: value.elementId,
      _label: value.type,
      _src: value.startNodeElementId,
      _dst: value.endNodeElementId,
    };
  }
  if (neo4j.isPath(value)) {
    return {
      _nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toPlain),
      _rels: value.segments.map((segment) => toPlain(segment.relationship)),
    };
  }
  if (isTemporalOrSpatial(value)) return String(value);
  if (typeof value === 'object') return plainProperties(value as Record<string, unknown>);
  return value;
}

/** Converts a result record's fields. */
export function toPlainRow(row: Record<string, unknown>): Record<string, unknown> {
  return plainProperties(row);
}

/** Returns a copy of `row` with the named fields (numbers or number lists) sent as Neo4j Integers, not Floats. */
export function withIntegers<T extends object>(row: T, keys: (keyof T)[]): Record<string, unknown> {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of keys) {
    const value = copy[key as string];
    copy[key as string] = Array.isArray(value) ? value.map((item) => neo4j.int(item)) : typeof value === 'number' ? neo4j.int(value) : value;
  }
  return copy;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, toPlain(inner)]));
}

function isTemporalOrSpatial(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
}
