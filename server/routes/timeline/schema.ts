// Parameters of GET /api/timeline.

import { z } from 'zod';
import { relationFilterShape } from '../entities/schema.js';

/**
 * The neighbourhood to chart (an entity and a depth, or the whole corpus without `entity`) and
 * the relation filters other than dates: the timeline is what a date range is chosen from.
 */
export const timelineQuery = z
  .object(relationFilterShape)
  .omit({ from: true, to: true })
  .extend({
    entity: z.string().min(1, 'expecting an entity id').max(300, 'expecting at most 300 characters').optional(),
    depth: z.coerce.number().int('expecting an integer').min(1, 'expecting 1, 2 or 3').max(3, 'expecting 1, 2 or 3').default(1),
    limit: z.coerce.number().int('expecting an integer').min(1, 'expecting at least 1').max(300, 'expecting at most 300 (the node cap)').default(150),
  });
