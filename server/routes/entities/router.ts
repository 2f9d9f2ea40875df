// GET /api/entities/:id and GET /api/entities/:id/neighbors?depth=&limit=&offset= (plus the relation filters: from, to, predicates, types, minArticles, sources).

import { Router } from 'express';
import { NotFoundError } from '../../../core/errors.js';
import type { GraphStore } from '../../../store/graph-store.js';
import { expensiveRouteLimiter, type ExpensiveRouteOptions } from '../../middleware/rate-limit.js';
import { parseInput } from '../../middleware/validate.js';
import { neighborPage } from './neighbor-page.js';
import { entityParams, neighborsQuery } from './schema.js';

/** Entity detail and neighbourhood routes. */
export function entitiesRouter(store: GraphStore, options: ExpensiveRouteOptions = {}): Router {
  const router = Router();
  // Only walks beyond the direct neighbours are expensive; depth 1 (the default) is what every click asks for.
  const deepLimiter = expensiveRouteLimiter('GET /api/entities/:id/neighbors with depth > 1', options, (req) => !(Number(req.query.depth ?? 1) > 1));
  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(entityParams, req.params, 'path');
    const entity = await store.getEntity(id);
    if (!entity) throw new NotFoundError(`No entity with id \`${id}\`. Use /api/search to find ids.`);
    res.json(entity);
  });
  router.get('/entities/:id/neighbors', deepLimiter, async (req, res) => {
    const { id } = parseInput(entityParams, req.params, 'path');
    const { depth, limit, offset, ...filter } = parseInput(neighborsQuery, req.query, 'query parameters');
    // The store answers not_found for an unknown id.
    res.json(offset > 0 ? await neighborPage(store, id, { offset, limit, ...filter }) : await store.neighbors(id, { depth, limit, ...filter }));
  });
  return router;
}
