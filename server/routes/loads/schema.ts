// Parameters of the /api/loads routes.

import { z } from 'zod';

export const loadParams = z.object({
  id: z.string().uuid('expecting the load id returned by POST /api/articles'),
});
