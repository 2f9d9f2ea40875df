// GET /api/health and GET /api/stats: what the server runs on and how much it holds.

import { Router } from 'express';
import type { GraphStore } from '../../../store/graph-store.js';

/** Health and statistics routes. */
export function systemRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const health = await store.health();
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  router.get('/stats', async (_req, res) => {
    res.json(await store.stats());
  });
  return router;
}
