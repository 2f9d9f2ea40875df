// GET /api/relationship?a=&b=: the timeline of everything the corpus says between two entities, newest first.

import { Router } from 'express';
import type { GraphStore } from '../../../store/graph-store.js';
import { parseInput } from '../../middleware/validate.js';
import { relationshipQuery } from './schema.js';

/** Relationship timeline route. */
export function relationshipRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/relationship', async (req, res) => {
    const { a, b } = parseInput(relationshipQuery, req.query, 'query parameters');
    res.json({ a, b, evidence: await store.relationTimeline(a, b) });
  });
  return router;
}
