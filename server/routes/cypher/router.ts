// POST /api/cypher: run read-only Cypher on the active store; rate-limited per client address.

import { Router } from 'express';
import { loadConfig } from '../../../core/config.js';
import type { GraphStore } from '../../../store/graph-store.js';
import { rateLimiter } from '../../middleware/rate-limit.js';
import { requireJsonBody } from '../../middleware/require-json.js';
import { parseInput } from '../../middleware/validate.js';
import { cypherBody, type ConsoleLimits } from './schema.js';

/** Cypher console route; `query` limits default to the configuration read from the environment. */
export function cypherRouter(store: GraphStore, options: { query?: ConsoleLimits } = {}): Router {
  const limits = options.query ?? loadConfig().query;
  const body = cypherBody(limits);
  const limiter = rateLimiter({ route: 'POST /api/cypher', perMinute: limits.ratePerMinute, setting: 'NEWSGRAPH_QUERY_RATE_LIMIT' });
  const router = Router();
  router.post('/cypher', limiter, requireJsonBody, async (req, res) => {
    const { query, params, timeoutMs, rowLimit } = parseInput(body, req.body, 'request body');
    res.json(await store.query(query, params, { readOnly: true, timeoutMs, rowLimit, memoryMB: limits.memoryMB }));
  });
  return router;
}
