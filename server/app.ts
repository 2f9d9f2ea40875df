// The Express application: security headers, compression, the JSON API under /api, and the built client.

import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../core/config.js';
import type { GraphStore } from '../store/graph-store.js';
import { apiNotFound, errorHandler } from './middleware/error-handler.js';
import { articlesRouter } from './routes/articles/router.js';
import { entitiesRouter } from './routes/entities/router.js';
import { evidenceRouter } from './routes/evidence/router.js';
import { LoadQueue } from './routes/loads/load-queue.js';
import { loadsRouter } from './routes/loads/router.js';
import { searchRouter } from './routes/search/router.js';
import { systemRouter } from './routes/system/router.js';
import { sourcesRouter } from './routes/sources/router.js';
import { timelineRouter } from './routes/timeline/router.js';
// Investigations: trace, paths, relationship timeline, what's new.
import { pathsRouter } from './routes/paths/router.js';
import { relationshipRouter } from './routes/relationship/router.js';
import { traceRouter } from './routes/trace/router.js';
import { whatsNewRouter } from './routes/whats-new/router.js';
// Cypher console: queries and the schema for the editor.
import { cypherRouter } from './routes/cypher/router.js';
import type { ConsoleLimits } from './routes/cypher/schema.js';
import { schemaRouter } from './routes/schema/router.js';

export interface AppOptions {
  store: GraphStore;
  /** Folder of the built client (index.html and assets); when missing, only the API is served. */
  clientDir?: string;
  /** Limits of the Cypher console (time, rows, rate); read from the environment when absent. */
  query?: ConsoleLimits;
  /** Bearer token write endpoints require (null: none); read from the environment when absent. */
  apiToken?: string | null;
  /** Requests per minute one address may send to each expensive read route; read from the environment when absent. */
  expensiveRatePerMinute?: number;
}

/** Every API resource router, mounted under /api in this order. */
const API_ROUTERS = [systemRouter, searchRouter, entitiesRouter, evidenceRouter, articlesRouter, loadsRouter, timelineRouter, sourcesRouter, traceRouter, pathsRouter, relationshipRouter, whatsNewRouter, cypherRouter, schemaRouter];

/** Builds the app without listening, so tests can serve it on any port. */
export function createApp(options: AppOptions): Express {
  const { store, clientDir } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Served over plain HTTP on loopback: upgrading requests would break the page.
          upgradeInsecureRequests: null,
          // Cytoscape exports images as data: and blob: URLs.
          imgSrc: ["'self'", 'data:', 'blob:'],
          // Nothing frames the app, so no other page can frame it either (clickjacking).
          frameAncestors: ["'none'"],
        },
      },
      xFrameOptions: { action: 'deny' },
    }),
  );
  app.use(compression());
  app.use(express.json({ limit: '1mb' }));

  // One load queue per app: server-side loads run one at a time.
  const context = { ...options, loads: new LoadQueue(store), apiToken: options.apiToken === undefined ? loadConfig().apiToken : options.apiToken };
  const api = express.Router();
  for (const router of API_ROUTERS) api.use(router(store, context));
  api.use(apiNotFound);
  app.use('/api', api);

  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
    // The client keeps its state in the URL: every other GET path gets the app.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(clientDir, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('The newsgraph API is running; the client is not built. Run `npm run build:client`.');
    });
  }
  app.use(errorHandler);
  return app;
}

function noCacheForHtml(res: express.Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
