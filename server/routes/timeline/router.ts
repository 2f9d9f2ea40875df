// GET /api/timeline?entity=&depth=: relationship counts per day or month, for a neighbourhood or the whole corpus.

import { Router } from 'express';
import type { GraphStore } from '../../../store/graph-store.js';
import { expensiveRouteLimiter, type ExpensiveRouteOptions } from '../../middleware/rate-limit.js';
import { parseInput } from '../../middleware/validate.js';
import { timelineQuery } from './schema.js';
import { buildTimeline } from './timeline-buckets.js';

/** The timeline route. */
export function timelineRouter(store: GraphStore, options: ExpensiveRouteOptions = {}): Router {
  const router = Router();
  router.get('/timeline', expensiveRouteLimiter('GET /api/timeline', options), async (req, res) => {
    const { entity, depth, limit, ...filter } = parseInput(timelineQuery, req.query, 'query parameters');
    // The neighbourhood the canvas draws for the same request; the store answers not_found for an unknown id.
    const entityIds = entity ? (await store.neighbors(entity, { depth, limit, ...filter })).nodes.map((node) => node.id) : undefined;
    res.json(buildTimeline(await store.relationDates({ entityIds, predicates: filter.predicates, sources: filter.sources })));
  });
  return router;
}
