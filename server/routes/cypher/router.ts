// POST /api/cypher: run read-only Cypher on the active store; rate-limited per client address.

import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { loadConfig } from '../../../core/config.js';
import { RateLimitedError } from '../../../core/errors.js';
import type { GraphStore } from '../../../store/graph-store.js';
import { parseInput } from '../../middleware/validate.js';
import { cypherBody, type ConsoleLimits } from './schema.js';

/** Cypher console route; `query` limits default to the configuration read from the environment. */
export function cypherRouter(store: GraphStore, options: { query?: ConsoleLimits } = {}): Router {
  const limits = options.query ?? loadConfig().query;
  const body = cypherBody(limits);
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: limits.ratePerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new RateLimitedError(`POST /api/cypher: more than ${limits.ratePerMinute} queries in one minute from this address. Wait a minute, or raise NEWSGRAPH_QUERY_RATE_LIMIT.`)),
  });
  const router = Router();
  router.post('/cypher', limiter, async (req, res) => {
    const { query, params, timeoutMs, rowLimit } = parseInput(body, req.body, 'request body');
    res.json(await store.query(query, params, { readOnly: true, timeoutMs, rowLimit }));
  });
  return router;
}
