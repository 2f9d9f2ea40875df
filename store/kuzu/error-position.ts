// Reads the position out of a Kùzu parser error, in the same shape Neo4j reports one.

/** Where in the query text an error is: line and column from 1, offset from 0 (as Neo4j reports them). */
export interface ErrorPosition {
  line: number;
  column: number;
  offset: number;
}

/**
 * Kùzu says `(line: 2, offset: 21)` where "offset" is the 0-based column within that line;
 * returns the 1-based line and column and the offset into the whole `cypher`, or undefined.
 */
export function kuzuErrorPosition(message: string, cypher: string): ErrorPosition | undefined {
  const match = /\(line: (\d+), offset: (\d+)\)/.exec(message);
  if (!match) return undefined;
  const line = Number(match[1]);
  const columnIndex = Number(match[2]);
  const before = cypher.split('\n').slice(0, line - 1);
  const offset = before.reduce((total, text) => total + text.length + 1, 0) + columnIndex;
  return { line, column: columnIndex + 1, offset };
}
