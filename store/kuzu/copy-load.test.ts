// Issue 8: a first load COPYed into an empty Kùzu store ends exactly as the batched writes do, and a failed COPY leaves the store empty.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractedArticle, WriteResult } from '../../core/model.js';
import { BROKEN_ARTICLE, DRONE_DEAL, PHONE_CALL, RENAMING_NOTE, buildArticle } from '../../test/fixtures/store-articles.js';
import { KuzuStore } from './kuzu-store.js';

const BUFFER_POOL_BYTES = 128 * 1024 * 1024;
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-copy-load-'));
let databases = 0;

async function openStore(): Promise<KuzuStore> {
  const store = new KuzuStore({ path: join(folder, `graph-${(databases += 1)}`), bufferPoolBytes: BUFFER_POOL_BYTES });
  await store.open();
  return store;
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const QUOTED = 'He said "no, never", then left.';
const TWO_LINES = 'A line\nand another, with a comma\r\nand a Windows line end.';
const ACCENTS = 'Zürich and 東京 signed a pact 🤝 with São Tomé.';

/** Texts that CSV has to quote: quotes, commas, newlines, unicode; aliases with a comma, quotes, brackets, spaces; an empty title and author. */
const AWKWARD: ExtractedArticle = {
  ...buildArticle({
    id: 'article-awkward, "quoted"',
    title: '',
    publishedAt: '2024-04-01',
    source: 'The "Daily", Ltd.',
    text: [QUOTED, TWO_LINES, ACCENTS].join('\n\n'),
    entities: [
      { id: 'location-zurich', name: 'Zürich', type: 'LOCATION', aliases: ['Zurich, Switzerland', '"Züri"', "[Zürich]", 'x\\y', ' spaced '], forms: ['Zürich'] },
      { id: 'location-tokyo', name: '東京', type: 'LOCATION', aliases: ['Tokyo'], forms: ['東京'] },
      { id: 'country-sao-tome', name: 'São Tomé', type: 'COUNTRY', forms: ['São Tomé'] },
      { id: 'person-vladimir-putin', name: 'Vladimir Putin', type: 'PERSON', aliases: ['Putin, V.'], forms: [] },
    ],
    relations: [
      { subject: 'location-zurich', predicate: 'COOPERATES_WITH', object: 'location-tokyo', verb: 'signed "a pact"', sentence: ACCENTS, confidence: 0.7, attributes: { item: 'pact, "signed"\nnow' } },
      { subject: 'location-tokyo', predicate: 'COOPERATES_WITH', object: 'country-sao-tome', verb: 'signed', sentence: ACCENTS, confidence: 1 / 3 },
    ],
  }),
  author: '',
};

/** The load both paths write: a repeat, a bad relation, a later article renaming an entity, the awkward texts. */
const LOAD = [PHONE_CALL, AWKWARD, DRONE_DEAL, BROKEN_ARTICLE, PHONE_CALL, RENAMING_NOTE, { ...BROKEN_ARTICLE, relations: BROKEN_ARTICLE.relations.slice(0, 1) }];

/** Writes `articles` the way the loader's batched path does: batches, a failed batch again one by one. */
async function writeInBatches(store: KuzuStore, articles: ExtractedArticle[], size: number): Promise<(WriteResult | Error)[]> {
  const results: (WriteResult | Error)[] = [];
  for (let start = 0; start < articles.length; start += size) {
    const batch = articles.slice(start, start + size);
    try {
      results.push(...(await store.writeArticles(batch)));
    } catch {
      for (const article of batch) results.push(await store.writeArticle(article).catch((error: Error) => error));
    }
  }
  return results;
}

/** Everything a load leaves in a store, ingestion times aside. */
async function contents(store: KuzuStore, ids: string[]) {
  const rows = async (cypher: string) => (await store.query(cypher, {}, { rowLimit: 10_000 })).rows;
  const articles = await Promise.all([...new Set(ids)].map(async (id) => {
    const article = await store.getArticle(id);
    return article && { ...article, ingestedAt: undefined, mentions: [...article.mentions].sort((a, b) => a.entityId.localeCompare(b.entityId)) };
  }));
  return {
    stats: await store.stats(),
    entities: await rows('MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.articleCount AS articles, e.mentionCount AS mentions, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen ORDER BY id'),
    relations: await rows('MATCH (s:Entity)-[r]->(o:Entity) RETURN label(r) AS predicate, s.id AS subject, o.id AS object, r.id AS id, r.articleId AS articleId, r.verb AS verb, r.confidence AS confidence, r.sentence AS sentence, r.sentenceStart AS sentenceStart, r.sentenceEnd AS sentenceEnd, r.date AS date, r.attributes AS attributes ORDER BY id'),
    mentions: await rows('MATCH (a:Article)-[m:MENTIONS]->(e:Entity) RETURN a.id AS article, e.id AS entity, m.count AS count, m.spanStarts AS spanStarts, m.spanEnds AS spanEnds ORDER BY article, entity'),
    articles: await rows('MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.author AS author, a.publishedAt AS publishedAt, a.text AS text, a.parent AS parent, a.file AS file, a.entityCount AS entityCount, a.relationCount AS relationCount ORDER BY id'),
    details: articles,
  };
}

const outcome = (result: WriteResult | Error) => (result instanceof Error ? `failed: ${result.message}` : result);

describe('KuzuStore.copyIntoEmptyStore', () => {
  it('stores exactly what the batched writes store: entities with merged aliases and counts, articles, mentions, relations and results', async () => {
    const copied = await openStore();
    const batched = await openStore();
    const copyResults = await copied.copyIntoEmptyStore(LOAD);
    const batchResults = await writeInBatches(batched, LOAD, 3);
    expect(copyResults.map(outcome)).toEqual(batchResults.map(outcome));
    expect(copyResults[3]).toEqual(expect.objectContaining({ id: 'invalid_argument' }));
    expect(copyResults[4]).toEqual(expect.objectContaining({ skipped: true }));
    const ids = LOAD.map((article) => article.id);
    const [fromCopy, fromBatches] = [await contents(copied, ids), await contents(batched, ids)];
    expect(fromCopy).toEqual(fromBatches);
    expect(fromCopy.entities.find((entity) => entity.id === 'location-zurich')?.aliases).toEqual(AWKWARD.entities[0].aliases);
    expect(fromCopy.articles.find((article) => article.id === AWKWARD.id)).toEqual(expect.objectContaining({ title: '', author: '', text: AWKWARD.text, source: AWKWARD.source }));
    expect(fromCopy.articles.find((article) => article.id === RENAMING_NOTE.id)).toEqual(expect.objectContaining({ url: null, publishedAt: null }));
    await Promise.all([copied.close(), batched.close()]);
  });

  it('keeps what it stored across close and reopen, and refuses a store that is no longer empty', async () => {
    const store = await openStore();
    await store.copyIntoEmptyStore([PHONE_CALL, DRONE_DEAL]);
    const before = await contents(store, [PHONE_CALL.id, DRONE_DEAL.id]);
    await store.close();
    await store.open();
    expect(await contents(store, [PHONE_CALL.id, DRONE_DEAL.id])).toEqual(before);
    await expect(store.copyIntoEmptyStore([RENAMING_NOTE])).rejects.toMatchObject({ id: 'conflict' });
    expect((await store.stats()).articles).toBe(2);
    await store.close();
  });

  it('refuses, before writing anything, an empty alias that its CSV cannot carry', async () => {
    const store = await openStore();
    const emptyAlias = { ...PHONE_CALL, entities: PHONE_CALL.entities.map((entity, index) => (index === 0 ? { ...entity, aliases: [''] } : entity)) };
    await expect(store.copyIntoEmptyStore([DRONE_DEAL, emptyAlias])).rejects.toMatchObject({ id: 'unavailable' });
    expect((await store.stats()).articles).toBe(0);
    await store.close();
  });

  it('leaves the store empty and usable when a COPY fails half-way (its staged file removed), on disk too', async () => {
    const staging = mkdtempSync(join(folder, 'staging-'));
    const store = await openStore();
    // Called just before each table's COPY: the MENTIONS file goes away after Entity and Article are in.
    const removeMentionsFile = (table: string) => {
      if (table === 'MENTIONS') for (const name of readdirSync(staging)) rmSync(join(staging, name, 'MENTIONS.csv'));
    };
    await expect(store.copyIntoEmptyStore([PHONE_CALL, DRONE_DEAL], { stagingFolder: staging, onCopy: removeMentionsFile })).rejects.toMatchObject({ id: 'unavailable' });
    expect((await store.stats()).articles).toBe(0);
    expect((await store.query('MATCH (n) RETURN count(n) AS n')).rows).toEqual([{ n: 0 }]);
    await store.close();
    await store.open();
    expect((await store.query('MATCH (n) RETURN count(n) AS n')).rows).toEqual([{ n: 0 }]);
    const batched = await openStore();
    expect(await store.writeArticles([PHONE_CALL, DRONE_DEAL])).toEqual(await batched.writeArticles([PHONE_CALL, DRONE_DEAL]));
    expect(await contents(store, [PHONE_CALL.id, DRONE_DEAL.id])).toEqual(await contents(batched, [PHONE_CALL.id, DRONE_DEAL.id]));
    expect(await readdir(staging)).toEqual([]);
    await Promise.all([store.close(), batched.close()]);
  });
});
