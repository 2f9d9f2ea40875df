// Parses request parameters with a zod schema; failures become invalid_argument errors that say what to fix.

import type { z } from 'zod';
import { InvalidArgumentError } from '../../core/errors.js';

/**
 * Parses `input` (req.query, req.params or req.body) with `schema`.
 * Throws InvalidArgumentError listing every problem, naming the parameter.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.length ? issue.path.join('.') : where;
    return `${name}: ${issue.message}`;
  });
  throw new InvalidArgumentError(`Invalid ${where}: ${problems.join('; ')}.`, { problems });
}
