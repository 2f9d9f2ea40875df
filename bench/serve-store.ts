// Child process of the bench: serves an existing Kùzu database over HTTP and prints its URL, so the server's memory is measured alone.

import { startServer } from '../server/serve.js';
import { KuzuStore } from '../store/kuzu/kuzu-store.js';

const [path, bufferMb] = process.argv.slice(2);
const store = new KuzuStore({ path, bufferPoolBytes: Number(bufferMb) * 1024 * 1024 });
await store.open();
// Built before serving, as a running server's first neighbourhood, trace or path read would start it
// (reads answer from the statements meanwhile); its time is reported on its own.
const started = performance.now();
await store.buildAdjacencyIndex();
const adjacencyIndexSeconds = (performance.now() - started) / 1000;
const server = await startServer({ store, host: '127.0.0.1', port: 0 });
process.stdout.write(JSON.stringify({ url: server.url, adjacencyIndexSeconds }) + '\n');
process.on('SIGTERM', () => {
  void server
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0));
});
