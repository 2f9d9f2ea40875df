// `newsgraph serve`: serve the API and the built client; optionally load the samples into an empty store.

import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../core/package-root.js';
import { loadPaths } from '../../loaders/load-into-store.js';
import { reportLoad } from './load.js';
import { openStore, runAction } from '../run-command.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app and the JSON API (HOST and PORT from the configuration).')
    .option('--load-samples-if-empty', 'load NEWSGRAPH_SAMPLES_PATH first when the store holds no article')
    .action(
      runAction(async (options: { loadSamplesIfEmpty?: boolean }) => {
        // A Neo4j that is down must not stop the server: it reports unavailable and reconnects when Neo4j is back.
        const { store, config } = await openStore({ retryInBackground: true });
        if (options.loadSamplesIfEmpty && (await store.health()).status === 'ok' && (await store.stats()).articles === 0) {
          const samples = resolve(config.samplesPath);
          process.stdout.write(`The store is empty: loading the sample articles from ${samples} …\n`);
          reportLoad(await loadPaths(store, [samples]));
        }
        const { startServer } = await import('../../server/serve.js');
        const running = await startServer({ store, host: config.host, port: config.port, apiToken: config.apiToken, clientDir: join(packageRoot(), 'dist', 'client') });
        process.stdout.write(`newsgraph is serving the ${store.kind} store at ${running.url}\n`);
        const stop = async () => {
          await running.close();
          await store.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
    );
}
