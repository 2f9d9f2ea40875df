// Child process of the bench: serves an existing Kùzu database over HTTP and prints its URL, so the server's memory is measured alone.

import { startServer } from '../server/serve.js';
import { KuzuStore } from '../store/kuzu/kuzu-store.js';

const [path, bufferMb] = process.argv.slice(2);
const store = new KuzuStore({ path, bufferPoolBytes: Number(bufferMb) * 1024 * 1024 });
await store.open();
const server = await startServer({ store, host: '127.0.0.1', port: 0 });
process.stdout.write(JSON.stringify({ url: server.url }) + '\n');
process.on('SIGTERM', () => {
  void server
    .close()
    .then(() => store.close())
    .finally(() => process.exit(0));
});
