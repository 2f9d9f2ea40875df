// Parameters of the /api/entities routes.

import { z } from 'zod';
import { ENTITY_TYPES, PREDICATE_NAMES, type Predicate } from '../../../core/vocabulary.js';

// ── Relation filters of the Explorer (filter panel, timeline): also used by /api/timeline ──

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expecting a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'expecting a real calendar date');

/** A list given as repeated parameters (`?sources=a&sources=b`); with `commas`, also as `a,b`. */
function listOf<T extends z.ZodType>(item: T, { commas }: { commas: boolean }) {
  const split = (value: unknown) => {
    const values = typeof value === 'string' ? [value] : value;
    return commas && Array.isArray(values) ? values.flatMap((entry) => String(entry).split(',')).filter((entry) => entry !== '') : values;
  };
  return z.preprocess(split, z.array(item).max(100, 'expecting at most 100 values'));
}

/** The query parameters that narrow which relations count: dates, predicates, entity types, evidence and sources. */
export const relationFilterShape = {
  from: isoDay.optional(),
  to: isoDay.optional(),
  predicates: listOf(z.enum(PREDICATE_NAMES as [Predicate, ...Predicate[]], 'expecting predicates such as SPOKE_WITH'), { commas: true }).optional(),
  types: listOf(z.enum(ENTITY_TYPES, 'expecting entity types such as PERSON'), { commas: true }).optional(),
  minArticles: z.coerce.number().int('expecting an integer').min(1, 'expecting at least 1').max(10_000, 'expecting at most 10000').optional(),
  // Outlet names may hold commas, so only repeated parameters list several.
  sources: listOf(z.string().min(1, 'expecting a source name').max(300, 'expecting at most 300 characters'), { commas: false }).optional(),
};

export const entityParams = z.object({
  id: z.string().min(1, 'expecting an entity id').max(300, 'expecting at most 300 characters'),
});

export const neighborsQuery = z.object({
  ...relationFilterShape,
  depth: z.coerce.number().int('expecting an integer').min(1, 'expecting 1, 2 or 3').max(3, 'expecting 1, 2 or 3').default(1),
  limit: z.coerce.number().int('expecting an integer').min(1, 'expecting at least 1').max(300, 'expecting at most 300 (the node cap)').default(150),
  // Paging of direct neighbours ("show more"): skip this many, most corroborated first.
  offset: z.coerce.number().int('expecting an integer').min(0, 'expecting 0 or more').max(10_000, 'expecting at most 10000').default(0),
}).refine((query) => query.offset === 0 || query.depth === 1, { message: 'expecting depth=1 with offset: only direct neighbours are paged', path: ['offset'] });
