// GET /api/search?q=&limit=: entities by name or alias; the most connected ones when q is empty.

import { Router } from 'express';
import type { GraphStore } from '../../../store/graph-store.js';
import { parseInput } from '../../middleware/validate.js';
import { searchQuery } from './schema.js';

/** Entity search route. */
export function searchRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, limit } = parseInput(searchQuery, req.query, 'query parameters');
    const text = q.trim();
    const results = text ? await store.searchEntities(text, limit) : await store.topEntities(limit);
    res.json({ results });
  });
  return router;
}
