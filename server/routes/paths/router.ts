// GET /api/paths?from=&to=&k=&maxLength=&directed=: the k shortest paths between two entities, evidence on every hop.

import { Router } from 'express';
import type { GraphStore } from '../../../store/graph-store.js';
import { expensiveRouteLimiter, type ExpensiveRouteOptions } from '../../middleware/rate-limit.js';
import { parseInput } from '../../middleware/validate.js';
import { pathsQuery } from './schema.js';

/** Connect-two-entities route; "no connection" is a 200 with empty `paths` and a `message`. */
export function pathsRouter(store: GraphStore, options: ExpensiveRouteOptions = {}): Router {
  const router = Router();
  router.get('/paths', expensiveRouteLimiter('GET /api/paths', options), async (req, res) => {
    const { from, to, k, maxLength, directed } = parseInput(pathsQuery, req.query, 'query parameters');
    res.json(await store.paths(from, to, { k, maxLength, directed }));
  });
  return router;
}
