// Runs the GraphStore contract against a real Kùzu database in a temp folder, plus Kùzu-only behaviour.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineGraphStoreContract } from '../graph-store.contract.js';
import { DRONE_DEAL, PHONE_CALL } from '../../test/fixtures/store-articles.js';
import { KuzuStore } from './kuzu-store.js';

// Recursive path joins over the 21 predicate tables need about 96 MiB of buffer pool even on a tiny graph.
const BUFFER_POOL_BYTES = 128 * 1024 * 1024;
const folders: string[] = [];

function temporaryDatabasePath(): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-kuzu-'));
  folders.push(folder);
  // A nested path, so that open() has to create the parent folder itself.
  return join(folder, 'nested', 'graph');
}

async function openStore(path = temporaryDatabasePath()): Promise<KuzuStore> {
  const store = new KuzuStore({ path, bufferPoolBytes: BUFFER_POOL_BYTES });
  await store.open();
  return store;
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

defineGraphStoreContract('KuzuStore', { create: () => openStore() });

describe('KuzuStore', () => {
  it('keeps the graph on disk across close and reopen, and reopening does not recreate the schema', async () => {
    const path = temporaryDatabasePath();
    const first = await openStore(path);
    await first.writeArticle(PHONE_CALL);
    await first.writeArticle(DRONE_DEAL);
    const stats = await first.stats();
    await first.close();
    expect(existsSync(path)).toBe(true);

    const second = await openStore(path);
    try {
      expect(await second.stats()).toEqual(stats);
      expect((await second.writeArticle(PHONE_CALL)).skipped).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('answers the same Cypher a Neo4j user would type, relationship table per predicate', async () => {
    const store = await openStore();
    try {
      await store.writeArticle(PHONE_CALL);
      const result = await store.query("MATCH (p:Entity {name:'Vladimir Putin'})-[r:LEADS]->(c:Entity) RETURN c.name AS country, r.sentence AS sentence, r.date AS date");
      expect(result.rows).toEqual([{ country: 'Russia', sentence: 'The Russian president said Russia valued the ties between the two countries.', date: '2024-03-04' }]);
    } finally {
      await store.close();
    }
  });

  it('refuses read-only queries that would write files or change settings, which Kùzu itself allows', async () => {
    const store = await openStore();
    const target = join(folders[folders.length - 1], 'leak.csv');
    try {
      await expect(store.query(`COPY (MATCH (e:Entity) RETURN e.name) TO '${target}'`)).rejects.toMatchObject({ id: 'forbidden' });
      await expect(store.query("LOAD FROM '/etc/hostname' (file_format='csv') RETURN *")).rejects.toMatchObject({ id: 'forbidden' });
      await expect(store.query('CALL threads=1')).rejects.toMatchObject({ id: 'forbidden' });
      await expect(store.query('COMMIT')).rejects.toMatchObject({ id: 'forbidden' });
      expect(existsSync(target)).toBe(false);
      // Words inside strings are data, not clauses.
      const quoted = await store.query("RETURN 'copy // load' AS text");
      expect(quoted.rows).toEqual([{ text: 'copy // load' }]);
    } finally {
      await store.close();
    }
  });

  it('stops a query that runs past its time limit with a timeout error, and stays usable', async () => {
    const store = await openStore();
    try {
      const slow = 'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x + y AS z WHERE z % 7 = 0 RETURN count(z) AS n';
      await expect(store.query(slow, {}, { timeoutMs: 100 })).rejects.toMatchObject({ id: 'timeout' });
      expect((await store.query('RETURN 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await store.close();
    }
  });

  it('refuses an empty list parameter, which would crash the engine', async () => {
    const store = await openStore();
    try {
      await expect(store.query('MATCH (e:Entity) WHERE e.id IN $ids RETURN e', { ids: [] })).rejects.toMatchObject({ id: 'invalid_argument' });
    } finally {
      await store.close();
    }
  });
});
