// GET /api/articles (newest first) and GET /api/articles/:id (text, mentions, relations).

import { Router } from 'express';
import { NotFoundError } from '../../../core/errors.js';
import type { GraphStore } from '../../../store/graph-store.js';
import { parseInput } from '../../middleware/validate.js';
import { articleParams, listArticlesQuery } from './schema.js';

/** Article routes. */
export function articlesRouter(store: GraphStore): Router {
  const router = Router();
  router.get('/articles', async (req, res) => {
    const { limit, offset } = parseInput(listArticlesQuery, req.query, 'query parameters');
    res.json({ articles: await store.listArticles({ limit, offset }) });
  });
  router.get('/articles/:id', async (req, res) => {
    const { id } = parseInput(articleParams, req.params, 'path');
    const article = await store.getArticle(id);
    if (!article) throw new NotFoundError(`No article with id \`${id}\`. Use /api/articles to list them.`);
    res.json(article);
  });
  return router;
}
