// Parameters of the /api/entities routes.

import { z } from 'zod';

export const entityParams = z.object({
  id: z.string().min(1, 'expecting an entity id').max(300, 'expecting at most 300 characters'),
});

export const neighborsQuery = z.object({
  depth: z.coerce.number().int('expecting an integer').min(1, 'expecting 1, 2 or 3').max(3, 'expecting 1, 2 or 3').default(1),
  limit: z.coerce.number().int('expecting an integer').min(1, 'expecting at least 1').max(300, 'expecting at most 300 (the node cap)').default(150),
});
