// Refuses query parameters that Kùzu's Node binding cannot bind safely: it would crash, fail, or read the wrong memory.

import { InvalidArgumentError } from '../../core/errors.js';
import { maskLiterals } from './read-only-guard.js';

// Measured (kuzu 0.11.3): an empty list parameter crashes the process; a params object with its own
// `constructor` key is rejected ("params must be a plain object"); and a list is bound with the type
// of its first element, so the others are reinterpreted: `[1, 'a']` came back as `[1, 131170381594624]`
// (the string's address), `[1, 1.5]` as `[1, 4609434218613702700]` (the double's bits), and
// `[{a: 1}, {b: 2}]` as `[{a: 1}, {a: 2}]`. So every list must hold one kind of value.

/**
 * Throws InvalidArgumentError, naming the parameter, for an empty list, a parameter named
 * `constructor`, or a list whose elements differ in type, however deep (text, whole number,
 * fractional number, boolean, lists of different types, objects with different keys or field types).
 * Nulls may appear anywhere.
 */
export function refuseUnbindableParams(params: Record<string, unknown>): void {
  if (Object.hasOwn(params, 'constructor')) {
    throw new InvalidArgumentError('query: a parameter may not be named `constructor` (Kùzu cannot bind it). Rename the parameter.');
  }
  for (const [name, value] of Object.entries(params)) check(value, name);
}

/**
 * The type Kùzu's binding derives from `value`, spelled for people (null for a null, which fits any
 * type); throws when a list inside holds elements of different types.
 */
function check(value: unknown, name: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? 'whole number' : 'fractional number';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      throw new InvalidArgumentError(`query: parameter \`${name}\` is an empty list, which Kùzu cannot bind. Write the empty list into the query instead.`);
    }
    const types = new Set(value.map((item, index) => check(item, `${name}[${index}]`)).filter((type) => type !== null));
    if (types.size > 1) {
      throw new InvalidArgumentError(
        `query: parameter \`${name}\` is a list mixing ${[...types].join(' and ')}; Kùzu binds every element with the type of the first. Give all elements one type (and objects the same keys), or pass separate parameters.`,
      );
    }
    return `list of ${[...types][0] ?? 'nulls'}`;
  }
  if (typeof value === 'object') {
    const fields = Object.entries(value).map(([key, inner]) => `${key}: ${check(inner, `${name}.${key}`) ?? 'null'}`);
    return `object {${fields.sort().join(', ')}}`;
  }
  return typeof value;
}

/**
 * Throws InvalidArgumentError naming the first parameter the query uses (`$name` or `` $`name` ``,
 * outside strings and comments) that `params` does not give. Measured (kuzu 0.11.3): a missing
 * parameter is bound as null of type ANY; where a type is needed (`UNWIND $x`) execution fails with
 * an internal "should not happen" error, and such runs were followed by another connection's query
 * never returning, which held the whole server. So the query is not run at all.
 */
export function refuseMissingParams(cypher: string, params: Record<string, unknown>): void {
  const masked = maskLiterals(cypher);
  for (const match of masked.matchAll(/\$(?:([\p{L}_][\p{L}\p{N}_]*)|`)/gu)) {
    const name = match[1] ?? /^\$`([^`]*)`/.exec(cypher.slice(match.index))?.[1];
    if (name !== undefined && !Object.hasOwn(params, name)) {
      throw new InvalidArgumentError(`query: the query uses the parameter $${name}, which the request does not give. Add "${name}" to params, or write the value into the query.`);
    }
  }
}
