// GET /api/whats-new?since=&limit=: entities and relations first seen since a date.

import { Router } from 'express';
import type { GraphStore } from '../../../store/graph-store.js';
import { parseInput } from '../../middleware/validate.js';
import { whatsNewQuery } from './schema.js';

/** What's-new route. */
export function whatsNewRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/whats-new', async (req, res) => {
    const { since, limit } = parseInput(whatsNewQuery, req.query, 'query parameters');
    res.json(await store.whatsNew(since, { limit }));
  });
  return router;
}
