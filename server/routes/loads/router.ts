// GET /api/loads/:id: the progress of a server-side load started by POST /api/articles.

import { Router } from 'express';
import { NotFoundError } from '../../../core/errors.js';
import type { GraphStore } from '../../../store/graph-store.js';
import { parseInput } from '../../middleware/validate.js';
import { FINISHED_LOADS_KEPT, type LoadQueue } from './load-queue.js';
import { loadParams } from './schema.js';

/** Load status route. */
export function loadsRouter(_store: GraphStore, options: { loads: LoadQueue }): Router {
  const router = Router();
  router.get('/loads/:id', (req, res) => {
    const { id } = parseInput(loadParams, req.params, 'path');
    const status = options.loads.status(id);
    if (!status) throw new NotFoundError(`No load with id \`${id}\`: it was never submitted, or finished long ago (the last ${FINISHED_LOADS_KEPT} are kept).`);
    res.json(status);
  });
  return router;
}
