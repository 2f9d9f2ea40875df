// Parameters of GET /api/whats-new.

import { z } from 'zod';
import { INVESTIGATION_CAPS } from '../../../store/investigations.js';

export const whatsNewQuery = z.object({
  since: z.iso.date({ error: 'expecting an ISO date, YYYY-MM-DD' }),
  limit: z.coerce.number().int('expecting an integer').min(1, 'expecting at least 1').max(INVESTIGATION_CAPS.whatsNew, `expecting at most ${INVESTIGATION_CAPS.whatsNew}`).default(200),
});
