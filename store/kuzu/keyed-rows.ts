// Writes rows that must find nodes by primary key: single-row statements joined by UNION ALL, so that every MATCH uses the key index.

/** Runs one statement on the write connection and returns its rows. */
type Run = (statement: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * Rows per statement. Measured (kuzu 0.11.3, 50,000 entities and 20,000 articles): Kùzu 0.11 joins
 * `UNWIND $rows AS row MATCH (n {id: row.key})` by pairing every row with every node of the table (a
 * cross product, then a filter), 1.4–2 s for 300 mentions, and grows with the table; a match on a
 * `$parameter` uses the primary-key index, 0.72 ms per row one statement each, 0.47 ms per row eight
 * to a UNION ALL statement (0.49 with 16, 0.65 with 32).
 */
const ROWS_PER_STATEMENT = 8;

/** `count` copies of the single-row `template` (which ends in `RETURN 1 AS written`), each with its parameters suffixed by its index. */
function unionOfRows(template: string, count: number): string {
  return Array.from({ length: count }, (_, index) => template.replace(/\$(\w+)/g, `$$$1_${index}`)).join('\nUNION ALL\n');
}

/**
 * Writes each row of `rows` with `template`, a statement whose parameters are exactly the row's keys
 * and which returns one row per row written. Throws when a statement wrote fewer rows than it was
 * given (a node it had to find is missing), so the caller's transaction rolls back.
 */
export async function writeKeyedRows(run: Run, template: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params: Record<string, unknown> = {};
    chunk.forEach((row, index) => {
      for (const [key, value] of Object.entries(row)) params[`${key}_${index}`] = value;
    });
    const written = await run(unionOfRows(template, chunk.length), params);
    if (written.length !== chunk.length) {
      throw new Error(`KuzuStore: wrote ${written.length} of ${chunk.length} rows; a node they link is missing. Nothing of the batch was kept.`);
    }
  }
}
