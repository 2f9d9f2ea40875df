// GET /api/evidence?subject=&object=&predicate=: every sentence that states a relation, with its article.

import { Router } from 'express';
import type { Predicate } from '../../../core/vocabulary.js';
import type { GraphStore } from '../../../store/graph-store.js';
import { parseInput } from '../../middleware/validate.js';
import { evidenceQuery } from './schema.js';

/** Evidence route. */
export function evidenceRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/evidence', async (req, res) => {
    const { subject, object, predicate } = parseInput(evidenceQuery, req.query, 'query parameters');
    const evidence = await store.evidence({ subject, object, predicate: predicate as Predicate | undefined });
    res.json({ evidence });
  });
  return router;
}
