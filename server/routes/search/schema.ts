// Parameters of GET /api/search.

import { z } from 'zod';

export const searchQuery = z.object({
  q: z.string().max(200, 'expecting at most 200 characters').default(''),
  limit: z.coerce.number().int('expecting an integer').min(1, 'expecting at least 1').max(100, 'expecting at most 100').default(10),
});
export type SearchQuery = z.infer<typeof searchQuery>;
