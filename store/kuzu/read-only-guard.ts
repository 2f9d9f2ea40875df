// Refuses the Kùzu clauses a read-only transaction still allows but that reach outside the graph (files, settings, extensions).

import { ForbiddenError } from '../../core/errors.js';

// Measured: inside `BEGIN TRANSACTION READ ONLY`, Kùzu still runs `COPY (…) TO 'file'`, `LOAD FROM`
// and `CALL setting=value`, so a read-only console must refuse them before the engine sees them.
const OUTSIDE_CLAUSES: { pattern: RegExp; what: string }[] = [
  { pattern: /(?<![.\w])(COPY|EXPORT|IMPORT)(?!\w)/i, what: 'reading or writing files' },
  { pattern: /(?<![.\w])LOAD(?!\w)/i, what: 'reading files or loading extensions' },
  { pattern: /(?<![.\w])(INSTALL|UNINSTALL|ATTACH|DETACH\s+DATABASE|USE)(?!\w)/i, what: 'extensions and other databases' },
  { pattern: /(?<![.\w])(BEGIN|COMMIT|ROLLBACK|CHECKPOINT)(?!\w)/i, what: 'transaction control' },
  { pattern: /(?<![.\w])CALL\s+\w+\s*=/i, what: 'changing database settings' },
];

/**
 * Throws ForbiddenError when a read-only query uses a clause that touches files, settings,
 * extensions or the transaction. String literals, comments and `quoted names` are ignored.
 */
export function refuseOutsideClauses(cypher: string): void {
  const code = maskLiterals(cypher);
  for (const { pattern, what } of OUTSIDE_CLAUSES) {
    const match = pattern.exec(code);
    if (match) {
      throw new ForbiddenError(`query: \`${match[0].trim()}\` is not allowed in a read-only query (${what}). Use only MATCH/WITH/UNWIND/RETURN and read-only CALL functions.`);
    }
  }
}

/**
 * Blanks out comments and the insides of string literals and `quoted names` (their quotes stay) with
 * spaces, so that clause keywords can be found and positions still point into the original text.
 */
export function maskLiterals(cypher: string): string {
  // One pass, so that `//` inside a string is not taken for a comment (and the reverse).
  return cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (literal) =>
    literal.startsWith('/') ? ' '.repeat(literal.length) : literal[0] + ' '.repeat(literal.length - 2) + literal.at(-1),
  );
}
