// Parameters of GET /api/trace.

import { z } from 'zod';
import { ENTITY_TYPES, PREDICATE_NAMES } from '../../../core/vocabulary.js';
import { INVESTIGATION_CAPS } from '../../../store/investigations.js';

/** A comma-separated list whose every item must be one of `allowed`. */
function commaList<T extends string>(allowed: readonly T[], what: string) {
  return z
    .string()
    .transform((text) => text.split(',').map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(z.enum(allowed as [T, ...T[]], { error: `expecting ${what} from ${allowed.join(', ')}` })));
}

export const traceQuery = z.object({
  entity: z.string({ error: 'expecting an entity id' }).min(1, 'expecting an entity id').max(300, 'expecting at most 300 characters'),
  depth: z.coerce.number().int('expecting an integer').min(1, 'expecting 1, 2 or 3').max(3, 'expecting 1, 2 or 3').default(2),
  limit: z.coerce
    .number()
    .int('expecting an integer')
    .min(1, 'expecting at least 1')
    .max(INVESTIGATION_CAPS.traceContacts, `expecting at most ${INVESTIGATION_CAPS.traceContacts} (the contact cap)`)
    .default(100),
  predicates: commaList(PREDICATE_NAMES, 'comma-separated predicates').optional(),
  types: commaList(ENTITY_TYPES, 'comma-separated entity types').optional(),
  from: z.iso.date({ error: 'expecting an ISO date, YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: 'expecting an ISO date, YYYY-MM-DD' }).optional(),
  coMentions: z
    .enum(['true', 'false', '1', '0'], { error: 'expecting true or false' })
    .transform((value) => value === 'true' || value === '1')
    .default(false),
});
