// Parameters of the /api/articles routes.

import { z } from 'zod';

export const listArticlesQuery = z.object({
  limit: z.coerce.number().int('expecting an integer').min(1, 'expecting at least 1').max(500, 'expecting at most 500').default(50),
  offset: z.coerce.number().int('expecting an integer').min(0, 'expecting 0 or more').default(0),
});

export const articleParams = z.object({
  id: z.string().min(1, 'expecting an article id').max(300, 'expecting at most 300 characters'),
});
