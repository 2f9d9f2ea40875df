// Turns Kùzu result values into plain JSON: internal ids become "table:offset" strings, BigInts numbers, dates ISO strings.

/** Converts one value returned by the `kuzu` package into plain JSON, recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (isInternalId(record)) return `${record.table}:${record.offset}`;
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
}

/** Converts a result row. */
export function toPlainRow(row: Record<string, unknown>): Record<string, unknown> {
  return toPlain(row) as Record<string, unknown>;
}

// Kùzu's internal node/rel id is `{offset, table}`; nothing else it returns has exactly those keys.
function isInternalId(record: Record<string, unknown>): boolean {
  const keys = Object.keys(record);
  return keys.length === 2 && 'offset' in record && 'table' in record;
}
