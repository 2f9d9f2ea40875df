// Body of POST /api/cypher: the query, its parameters, and optional lower time and row limits.

import { z } from 'zod';
import type { Config } from '../../../core/config.js';

/** The console's limits from the configuration; a request may lower them, never raise them. */
export type ConsoleLimits = Config['query'];

/** Longest query text accepted, in characters. */
export const MAX_QUERY_LENGTH = 20_000;

const capped = (max: number) =>
  z
    .number({ error: 'expecting a positive integer' })
    .int('expecting a positive integer')
    .positive('expecting a positive integer')
    .optional()
    .transform((value) => Math.min(value ?? max, max));

/** Builds the body schema for the configured limits; timeoutMs and rowLimit default to (and are capped at) them. */
export function cypherBody(limits: ConsoleLimits) {
  return z.object({
    query: z
      .string({ error: 'expecting the Cypher text as a string' })
      .refine((text) => text.trim() !== '', 'expecting a Cypher query, got an empty one')
      .refine((text) => text.length <= MAX_QUERY_LENGTH, `expecting at most ${MAX_QUERY_LENGTH} characters`),
    params: z.record(z.string(), z.unknown(), { error: 'expecting an object of named parameters' }).default({}),
    timeoutMs: capped(limits.timeoutMs),
    rowLimit: capped(limits.rowLimit),
  });
}
export type CypherBody = z.infer<ReturnType<typeof cypherBody>>;
