// Parameters of GET /api/evidence.

import { z } from 'zod';
import { PREDICATE_NAMES } from '../../../core/vocabulary.js';

export const evidenceQuery = z.object({
  subject: z.string().min(1, 'expecting an entity id').max(300),
  object: z.string().min(1, 'expecting an entity id').max(300),
  predicate: z
    .enum(PREDICATE_NAMES as [string, ...string[]], { error: `expecting one of ${PREDICATE_NAMES.join(', ')}` })
    .optional(),
});
