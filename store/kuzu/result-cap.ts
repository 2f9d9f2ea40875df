// Pushes the console's row cap into the query itself, because Kùzu builds a query's whole result before the first row is read.

import { maskLiterals } from './read-only-guard.js';

// Measured (Kùzu 0.11.3, 256 MiB buffer pool): `UNWIND range(1, 5000) AS a UNWIND range(1, 4000) AS b
// RETURN a * b, a + b` filled the buffer pool and failed even though only 5 rows were read; with
// `LIMIT 6` appended it answered in 33 ms. Reading fewer rows (kuzu-lane's readAndClose) saves only
// the copy into JavaScript, so the engine has to be told.
const RETURN_CLAUSE = /(?<![.\w$])RETURN(?!\w)/gi;
const LIMIT_CLAUSE = /(?<![.\w$])LIMIT(?!\w)/i;

/**
 * Appends `LIMIT rowLimit + 1` (one more than the cap, so truncation still shows) when the query's
 * last clause is a top-level RETURN without a LIMIT of its own; any other query is returned as is.
 */
export function withRowCap(cypher: string, rowLimit: number): string {
  const code = maskLiterals(cypher);
  const end = code.replace(/[\s;]+$/, '').length;
  const body = code.slice(0, end);
  const lastReturn = [...body.matchAll(RETURN_CLAUSE)].at(-1);
  if (!lastReturn) return cypher;
  const tail = body.slice(lastReturn.index);
  if (LIMIT_CLAUSE.test(tail) || closesABlock(tail)) return cypher;
  return `${cypher.slice(0, end)}\nLIMIT ${rowLimit + 1}`;
}

// A RETURN followed by an unmatched `}` or `)` ends a subquery, not the query.
function closesABlock(tail: string): boolean {
  let depth = 0;
  for (const char of tail) {
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') depth--;
    if (depth < 0) return true;
  }
  return false;
}
