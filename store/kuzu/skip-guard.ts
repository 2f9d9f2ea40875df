// Refuses SKIP in console Cypher on Kùzu: with ORDER BY it can crash the whole process.

import { InvalidArgumentError } from '../../core/errors.js';
import { maskLiterals } from './read-only-guard.js';

/**
 * Throws InvalidArgumentError when user Cypher uses SKIP (outside strings and comments). Measured
 * (kuzu 0.11.3): `ORDER BY … SKIP n … LIMIT m` past the end of the rows ended the process with a
 * segmentation fault (SKIP 8,000 on two rows, after a few such queries), taking the server down.
 * Nothing a console query returns needs SKIP: LIMIT, or a WHERE on the ordered key, pages as well.
 */
export function refuseSkip(cypher: string): void {
  const match = /\bSKIP\b/i.exec(maskLiterals(cypher));
  if (match) {
    throw new InvalidArgumentError(
      'query: SKIP is refused on the embedded Kùzu store (with ORDER BY it can crash Kùzu 0.11.3). Page with LIMIT and a WHERE on the ordered value instead, e.g. `WHERE a.publishedAt < $last ORDER BY a.publishedAt DESC LIMIT 50`.',
    );
  }
}
