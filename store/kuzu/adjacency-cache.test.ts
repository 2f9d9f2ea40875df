// The Kùzu store's adjacency index against a real database: the same answers as the statements, and never stale after a write.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NeighborOptions, TraceOptions } from '../graph-store.js';
import { ANNA, CHAIN_ARTICLES, HOLLIS, NORTHLAND } from '../../test/fixtures/investigation-articles.js';
import { DRONE_DEAL, PHONE_CALL, buildArticle } from '../../test/fixtures/store-articles.js';
import { KuzuStore } from './kuzu-store.js';

const BUFFER_POOL_BYTES = 128 * 1024 * 1024;
const RUSSIA = 'country-russia';
let folder: string;
let store: KuzuStore;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'newsgraph-adjacency-'));
  store = new KuzuStore({ path: join(folder, 'graph'), bufferPoolBytes: BUFFER_POOL_BYTES });
  await store.open();
});

afterEach(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The answer of `read` from the statements: a write (here one that changes nothing) drops the index, so the next read goes without it. */
async function fromStatements<T>(read: () => Promise<T>): Promise<T> {
  expect((await store.writeArticle(CHAIN_ARTICLES[0])).skipped).toBe(true);
  return read();
}

/** The answer of `read` from a freshly built index. */
async function fromIndex<T>(read: () => Promise<T>): Promise<T> {
  expect(await store.buildAdjacencyIndex()).toBe(true);
  return read();
}

/** An article without a date: its relation counts only when no date range is asked for. */
const UNDATED = buildArticle({
  id: 'article-undated-meeting',
  title: 'Anna Berg met Ivo Lund',
  publishedAt: null,
  text: 'Anna Berg met Ivo Lund.',
  entities: [
    { id: ANNA, name: 'Anna Berg', type: 'PERSON', forms: ['Anna Berg'] },
    { id: 'person-ivo-lund', name: 'Ivo Lund', type: 'PERSON', forms: ['Ivo Lund'] },
  ],
  relations: [{ subject: ANNA, predicate: 'MET_WITH', object: 'person-ivo-lund', verb: 'met', sentence: 'Anna Berg met Ivo Lund.' }],
});

const neighbourIds = async (id: string) => (await store.neighbors(id, { depth: 1, limit: 50 })).nodes.map((node) => node.id).sort();

describe('KuzuStore adjacency index', () => {
  const neighbourhoods: [string, string, NeighborOptions][] = [
    ['depth 1', ANNA, { depth: 1, limit: 50 }],
    ['depth 3', ANNA, { depth: 3, limit: 50 }],
    ['a node cap that cuts the walk', ANNA, { depth: 2, limit: 3 }],
    ['a predicate filter', ANNA, { depth: 2, limit: 50, predicates: ['SPOKE_WITH', 'WORKS_FOR'] }],
    ['a date range', ANNA, { depth: 2, limit: 50, from: '2024-05-01', to: '2024-12-31' }],
    ['an entity type filter', ANNA, { depth: 2, limit: 50, types: ['ORGANIZATION', 'COUNTRY'] }],
    // Putin spoke with Raisi in both articles, while his other ties have one article each.
    ['a minimum of articles', 'person-vladimir-putin', { depth: 2, limit: 50, minArticles: 2 }],
  ];

  it.each(neighbourhoods)('answers a neighbourhood with %s exactly as the statements do', async (_, start, options) => {
    for (const article of [...CHAIN_ARTICLES, UNDATED, PHONE_CALL, DRONE_DEAL]) await store.writeArticle(article);
    const expected = await fromStatements(() => store.neighbors(start, options));
    expect(expected.nodes.length).toBeGreaterThan(1);
    expect(await fromIndex(() => store.neighbors(start, options))).toEqual(expected);
  });

  const traces: [string, TraceOptions][] = [
    ['depth 3', { depth: 3, limit: 50 }],
    ['a predicate filter and a date range', { depth: 2, limit: 50, predicates: ['SPOKE_WITH', 'MET_WITH', 'WORKS_FOR'], from: '2024-01-01', to: '2024-12-31' }],
  ];

  it.each(traces)('answers a trace with %s exactly as the statements do', async (_, options) => {
    for (const article of CHAIN_ARTICLES) await store.writeArticle(article);
    const expected = await fromStatements(() => store.trace(ANNA, options));
    expect(expected.graph.edges.length).toBeGreaterThan(0);
    expect(await fromIndex(() => store.trace(ANNA, options))).toEqual(expected);
  });

  it('finds the same paths as the statements, in either direction rule', async () => {
    for (const article of CHAIN_ARTICLES) await store.writeArticle(article);
    for (const directed of [false, true]) {
      const expected = await fromStatements(() => store.paths(ANNA, NORTHLAND, { k: 3, maxLength: 4, directed }));
      const found = await fromIndex(() => store.paths(ANNA, NORTHLAND, { k: 3, maxLength: 4, directed }));
      expect(found.paths).toEqual(expected.paths);
      expect(found.graph.edges).toEqual(expected.graph.edges);
    }
    expect((await fromIndex(() => store.paths(ANNA, HOLLIS, { k: 1, maxLength: 4 }))).paths.length).toBe(1);
  });

  it('shows an article written after the index was built in the next neighbourhood and trace', async () => {
    await store.writeArticle(PHONE_CALL);
    expect(await fromIndex(() => neighbourIds(RUSSIA))).toEqual([RUSSIA, 'person-vladimir-putin']);
    await store.writeArticle(DRONE_DEAL);
    const expected = [RUSSIA, 'country-iran', 'country-ukraine', 'person-vladimir-putin'].sort();
    expect(await neighbourIds(RUSSIA)).toEqual(expected);
    expect(await fromIndex(() => neighbourIds(RUSSIA))).toEqual(expected);
    expect((await store.trace(RUSSIA, { depth: 1, limit: 10 })).contacts.map((contact) => contact.entity.id)).toContain('country-iran');
  });

  it('forgets the relations of a deleted article in the next neighbourhood and path search', async () => {
    await store.writeArticle(PHONE_CALL);
    await store.writeArticle(DRONE_DEAL);
    expect(await fromIndex(() => neighbourIds(RUSSIA))).toContain('country-iran');
    await store.deleteArticle(DRONE_DEAL.id);
    expect(await neighbourIds(RUSSIA)).toEqual([RUSSIA, 'person-vladimir-putin']);
    await store.buildAdjacencyIndex();
    expect(await neighbourIds(RUSSIA)).toEqual([RUSSIA, 'person-vladimir-putin']);
    await expect(store.paths(RUSSIA, 'country-iran', { k: 1, maxLength: 3 })).rejects.toMatchObject({ id: 'not_found' });
  });

  it('shows a relation written from the Cypher console in the next neighbourhood', async () => {
    await store.writeArticle(PHONE_CALL);
    expect(await fromIndex(() => neighbourIds(RUSSIA))).toEqual([RUSSIA, 'person-vladimir-putin']);
    await store.query(
      "MATCH (a:Entity {id: 'country-russia'}), (b:Entity {id: 'country-ukraine'}) CREATE (a)-[:ATTACKED {id: 'console-1', articleId: 'article-phone-call', date: '2024-03-04'}]->(b)",
      {},
      { readOnly: false },
    );
    expect(await neighbourIds(RUSSIA)).toEqual([RUSSIA, 'country-ukraine', 'person-vladimir-putin']);
    expect(await fromIndex(() => neighbourIds(RUSSIA))).toEqual([RUSSIA, 'country-ukraine', 'person-vladimir-putin']);
  });

  it('refuses an unknown entity from the index as the statements do', async () => {
    await store.writeArticle(PHONE_CALL);
    await expect(fromIndex(() => store.neighbors('no-such-entity', { depth: 1, limit: 5 }))).rejects.toMatchObject({ id: 'not_found' });
  });
});
