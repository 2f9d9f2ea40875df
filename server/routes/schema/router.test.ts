// GET /api/schema over real HTTP against a real Kùzu store: what the console's editor completes and offers.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreSchema } from '../../../core/model.js';
import { PREDICATE_NAMES } from '../../../core/vocabulary.js';
import { KuzuStore } from '../../../store/kuzu/kuzu-store.js';
import { DRONE_DEAL, PHONE_CALL } from '../../../test/fixtures/store-articles.js';
import { startServer, type RunningServer } from '../../serve.js';

describe('GET /api/schema', () => {
  let folder: string;
  let store: KuzuStore;
  let server: RunningServer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'newsgraph-schema-'));
    store = new KuzuStore({ path: join(folder, 'graph'), bufferPoolBytes: 64 * 1024 * 1024 });
    await store.open();
    await store.writeArticle(PHONE_CALL);
    await store.writeArticle(DRONE_DEAL);
    server = await startServer({ store, host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists the node tables, one relationship table per predicate plus MENTIONS, and example queries that run', async () => {
    const response = await fetch(`${server.url}/api/schema`);
    expect(response.status).toBe(200);
    const schema = (await response.json()) as StoreSchema;
    expect(schema.store).toBe('kuzu');
    expect(schema.nodeLabels.map((node) => node.label)).toEqual(['Article', 'Entity']);
    expect(schema.relationshipTypes.map((rel) => rel.type).sort()).toEqual(['MENTIONS', ...PREDICATE_NAMES].sort());
    expect(schema.propertyKeys).toContain('sentence');
    expect(schema.examples.length).toBeGreaterThanOrEqual(5);
    expect(schema.examples.length).toBeLessThanOrEqual(8);

    const first = schema.examples[0];
    const run = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: first.query, params: first.params }),
    });
    expect((await run.json()).graph.nodes.length).toBeGreaterThan(1);
  });
});
