// A Neo4j that cannot be reached: the server still starts, reports unavailable, answers 503 and keeps reconnecting in the background.

import { jest } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { jsonClient, type JsonClient } from '../../test/fixtures/fixture-api.js';
import { startServer, type RunningServer } from '../../server/serve.js';
import { Neo4jStore } from './neo4j-store.js';

/** A loopback port nothing listens on: bound once to find it, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('a Neo4j store whose server is unreachable', () => {
  let port: number;
  let uri: string;
  let store: Neo4jStore;
  let server: RunningServer;
  let api: JsonClient;
  let errorLog: { mock: { calls: unknown[][] }; mockRestore: () => void };

  beforeAll(async () => {
    port = await closedPort();
    uri = `neo4j://127.0.0.1:${port}`;
    errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    store = new Neo4jStore({ uri, user: 'neo4j', password: 'secret', database: 'neo4j', retryDelaysMs: { first: 100, max: 400 } });
    await store.open({ retryInBackground: true });
    server = await startServer({ store, host: '127.0.0.1', port: 0, query: { timeoutMs: 1000, rowLimit: 10, ratePerMinute: 100, memoryMB: 64 } });
    api = jsonClient(server.url);
  });

  afterAll(async () => {
    await server?.close();
    await store?.close();
    errorLog.mockRestore();
  });

  it('fails open() with unavailable naming the URI when the caller does not ask to retry in the background', async () => {
    const other = new Neo4jStore({ uri, user: 'neo4j', password: 'secret', database: 'neo4j' });
    await expect(other.open()).rejects.toMatchObject({ id: 'unavailable', message: expect.stringContaining(uri) });
  });

  it('still starts the server and says in the log that Neo4j is unreachable and being retried', () => {
    const logged = errorLog.mock.calls.map((call: unknown[]) => String(call[0])).join('\n');
    expect(logged).toMatch(new RegExp(`Neo4j at ${uri} is unreachable .*retrying in the background`));
  });

  it('reports status unavailable with a detail on /api/health, with status 503', async () => {
    const { status, body } = await api.get('/api/health');
    expect(status).toBe(503);
    expect(body).toMatchObject({ store: 'neo4j', status: 'unavailable', detail: expect.stringContaining(`Neo4j at ${uri} is unreachable; retrying`) });
  });

  it.each(['/api/stats', '/api/search?q=putin', '/api/entities/person-vladimir-putin', '/api/articles', '/api/paths?from=a&to=b'])(
    'answers %s with 503 unavailable saying Neo4j is unreachable and being retried',
    async (path) => {
      const { status, body } = await api.get(path);
      expect(status).toBe(503);
      expect(body.error).toMatchObject({ id: 'unavailable', message: expect.stringContaining(`Neo4j at ${uri} is unreachable; retrying`) });
    },
  );

  it('answers a console query with 503 unavailable rather than crashing', async () => {
    const { status, body } = await api.post('/api/cypher', { query: 'RETURN 1 AS one' });
    expect(status).toBe(503);
    expect(body.error.id).toBe('unavailable');
  });

  it('keeps trying to reconnect in the background: a server that appears on the port is contacted', async () => {
    const contacted = new Promise<void>((resolve) => {
      const listener: Server = createServer((socket) => {
        socket.destroy();
        listener.close();
        resolve();
      });
      listener.listen(port, '127.0.0.1');
    });
    // Resolves only when the store's own background retry connects; the test times out otherwise.
    await contacted;
    expect((await api.get('/api/health')).body.status).toBe('unavailable');
  });
});
