// Loads in separate runs into one real Kùzu store: a bare surname in a later run joins the person an
// earlier run stored in full.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore } from '../store/kuzu/kuzu-store.js';
import { loadRecords } from './load-into-store.js';

describe('loadRecords across runs', () => {
  let folder: string;
  let store: KuzuStore;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-runs-'));
    store = new KuzuStore({ path: join(folder, 'graph'), bufferPoolBytes: 128 * 1024 * 1024 });
    await store.open();
  });

  afterEach(async () => {
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  const people = async () => (await store.query("MATCH (e:Entity) WHERE e.type = 'PERSON' RETURN e.id AS id, e.aliases AS aliases ORDER BY id")).rows;

  it('ties a later run’s bare surname to the full name an earlier run stored', async () => {
    await loadRecords(store, [{ id: 'r1', text: 'Nigerian President Chidi Okonkwo met traders in Lagos on Tuesday.' }], { workers: 1 });
    await loadRecords(store, [{ id: 'r2', text: 'President Okonkwo opened the new port on Monday.' }], { workers: 1 });
    expect(await people()).toEqual([{ id: 'person:chidi-okonkwo', aliases: ['Okonkwo'] }]);
  });

  it('leaves a bare surname alone when two stored people share it', async () => {
    await loadRecords(store, [{ id: 's1', text: 'Nigerian President Chidi Okonkwo met traders in Lagos on Tuesday.' }], { workers: 1 });
    await loadRecords(store, [{ id: 's2', text: 'Ghanaian Finance Minister Ama Okonkwo spoke in Accra on Wednesday.' }], { workers: 1 });
    await loadRecords(store, [{ id: 's3', text: 'President Okonkwo opened the new port on Monday.' }], { workers: 1 });
    expect((await people()).map((row) => row.id)).toEqual(['person:ama-okonkwo', 'person:chidi-okonkwo', 'person:okonkwo']);
  });
});
