// GET /api/schema: labels, relationship types, property keys and example queries of the active store.

import { Router } from 'express';
import type { GraphStore } from '../../../store/graph-store.js';

/** Console schema route, for the editor's autocomplete and example list. */
export function schemaRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/schema', async (_req, res) => {
    res.json(await store.schema());
  });
  return router;
}
