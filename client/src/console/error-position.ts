// Finds where in the query an engine error points: from `details.position`, or from the position the engine wrote into its message.

/** A position as the server may report it: an offset into the query, or a line and column (both from 1). */
export interface ErrorPosition {
  offset?: number;
  line?: number;
  column?: number;
}

// The engines write positions into their messages: Kùzu "(line: 2, offset: 0)" with a 0-based column,
// Neo4j "(line 2, column 1 (offset: 17))" with an offset into the whole query.
const KUZU_POSITION = /\(line: (\d+), offset: (\d+)\)/;
const NEO4J_OFFSET = /\(offset: (\d+)\)/;

function fromLineColumn(query: string, line: number, column: number): number | null {
  const lines = query.split('\n');
  if (line < 1 || line > lines.length) return null;
  const lineStart = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  return lineStart + Math.min(Math.max(1, column) - 1, lines[line - 1]?.length ?? 0);
}

function fromPosition(query: string, position: ErrorPosition): number | null {
  if (typeof position.offset === 'number') return Math.min(Math.max(0, position.offset), query.length);
  if (typeof position.line === 'number') return fromLineColumn(query, position.line, typeof position.column === 'number' ? position.column : 1);
  return null;
}

/** The offset into `query` an error points at, or null when neither its details nor its message say. */
export function errorOffset(query: string, error: { message: string; details?: Record<string, unknown> }): number | null {
  const position = error.details?.position;
  if (position && typeof position === 'object') return fromPosition(query, position as ErrorPosition);
  const kuzu = KUZU_POSITION.exec(error.message);
  if (kuzu) return fromLineColumn(query, Number(kuzu[1]), Number(kuzu[2]) + 1);
  const neo4j = NEO4J_OFFSET.exec(error.message);
  return neo4j ? Math.min(Number(neo4j[1]), query.length) : null;
}
