// GET /api/sources: every outlet with its number of stored articles, for the Explorer's source filter.

import { Router } from 'express';
import type { GraphStore } from '../../../store/graph-store.js';

/** The source list route. */
export function sourcesRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/sources', async (_req, res) => {
    res.json({ sources: await store.listSources() });
  });
  return router;
}
