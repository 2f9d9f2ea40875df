// GET /api/trace?entity=&depth=&predicates=&types=&from=&to=&coMentions=&limit=: a person's contacts, ringed and ranked.

import { Router } from 'express';
import type { GraphStore } from '../../../store/graph-store.js';
import { expensiveRouteLimiter, type ExpensiveRouteOptions } from '../../middleware/rate-limit.js';
import { parseInput } from '../../middleware/validate.js';
import { traceQuery } from './schema.js';

/** Contact tracing route. */
export function traceRouter(store: GraphStore, options: ExpensiveRouteOptions = {}): Router {
  const router = Router();
  router.get('/trace', expensiveRouteLimiter('GET /api/trace', options), async (req, res) => {
    const { entity, depth, limit, predicates, types, from, to, coMentions } = parseInput(traceQuery, req.query, 'query parameters');
    // The store answers not_found for an unknown id.
    res.json(await store.trace(entity, { depth, limit, predicates, types, from, to, includeCoMentions: coMentions }));
  });
  return router;
}
