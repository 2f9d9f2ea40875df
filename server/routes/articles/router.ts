// GET /api/articles (newest first), GET /api/articles/:id (text, mentions, relations), POST /api/articles (queue a load of articles or uploaded files).

import { Router } from 'express';
import { NotFoundError } from '../../../core/errors.js';
import type { GraphStore } from '../../../store/graph-store.js';
import { parseInput } from '../../middleware/validate.js';
import { requireJsonBody } from '../../middleware/require-json.js';
import { requireToken } from '../../middleware/require-token.js';
import type { LoadQueue } from '../loads/load-queue.js';
import type { RawArticle } from '../../../loaders/read/raw-article.js';
import { articleParams, listArticlesQuery, loadArticlesBody } from './schema.js';

/** Article routes; POST (a write) needs the API token when one is configured. */
export function articlesRouter(store: GraphStore, options: { loads: LoadQueue; apiToken: string | null }): Router {
  const router = Router();
  router.post('/articles', requireToken(options.apiToken), requireJsonBody, (req, res) => {
    const { articles, files } = parseInput(loadArticlesBody, req.body, 'request body');
    const status = options.loads.submit(
      articles.map((article, index): RawArticle => ({ ...article, file: `articles[${index}]` })),
      files.map((file) => ({ name: file.name, bytes: Buffer.from(file.data, 'base64') })),
    );
    res.status(202).location(`${req.baseUrl}/loads/${status.id}`).json(status);
  });
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
