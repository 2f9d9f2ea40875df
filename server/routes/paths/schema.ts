// Parameters of GET /api/paths.

import { z } from 'zod';
import { INVESTIGATION_CAPS } from '../../../store/investigations.js';

const entityId = z.string({ error: 'expecting an entity id' }).min(1, 'expecting an entity id').max(300, 'expecting at most 300 characters');

export const pathsQuery = z.object({
  from: entityId,
  to: entityId,
  k: z.coerce.number().int('expecting an integer').min(1, 'expecting at least 1').max(INVESTIGATION_CAPS.paths, `expecting at most ${INVESTIGATION_CAPS.paths}`).default(3),
  maxLength: z.coerce
    .number()
    .int('expecting an integer')
    .min(1, `expecting 1 to ${INVESTIGATION_CAPS.pathLength} hops`)
    .max(INVESTIGATION_CAPS.pathLength, `expecting 1 to ${INVESTIGATION_CAPS.pathLength} hops`)
    .default(4),
  directed: z
    .enum(['true', 'false', '1', '0'], { error: 'expecting true or false' })
    .transform((value) => value === 'true' || value === '1')
    .default(false),
});
