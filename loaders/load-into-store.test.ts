// Loads into a real Kùzu store: a first load COPYed into the empty store, the batched path, and the fall-back from a failed COPY.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedArticle } from '../test/fixtures/generated-articles.js';
import { KuzuStore } from '../store/kuzu/kuzu-store.js';
import { COPY_MIN_ARTICLES, loadRecords, type LoadProgress, type LoadSummary } from './load-into-store.js';
import type { RawArticle } from './read/raw-article.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-load-'));
let databases = 0;

async function openStore(): Promise<KuzuStore> {
  const store = new KuzuStore({ path: join(folder, `graph-${(databases += 1)}`), bufferPoolBytes: 128 * 1024 * 1024 });
  await store.open();
  return store;
}

/** Just enough generated articles for a COPY, plus one given twice. */
const RECORDS: RawArticle[] = Array.from({ length: COPY_MIN_ARTICLES }, (_, index) => ({ file: `generated-${index}.txt`, ...generatedArticle(index) }));
RECORDS.push({ ...RECORDS[7], file: 'generated-7-again.txt' });

/** What a load leaves in a store, ingestion times aside. */
async function contents(store: KuzuStore) {
  const rows = async (cypher: string) => (await store.query(cypher, {}, { rowLimit: 100_000 })).rows;
  return {
    stats: await store.stats(),
    entities: await rows('MATCH (e:Entity) RETURN e.id, e.name, e.type, e.aliases, e.articleCount, e.mentionCount, e.firstSeen, e.lastSeen ORDER BY e.id'),
    articles: await rows('MATCH (a:Article) RETURN a.id, a.title, a.source, a.publishedAt, a.text, a.file, a.entityCount, a.relationCount ORDER BY a.id'),
    mentions: await rows('MATCH (a:Article)-[m:MENTIONS]->(e:Entity) RETURN a.id, e.id, m.count, m.spanStarts, m.spanEnds ORDER BY a.id, e.id'),
    relations: await rows('MATCH (s:Entity)-[r]->(o:Entity) RETURN label(r), s.id, o.id, r.id, r.articleId, r.verb, r.confidence, r.sentence, r.sentenceStart, r.sentenceEnd, r.date, r.attributes ORDER BY r.id'),
  };
}

/** A summary without how it was written. */
const counts = ({ writtenBy: _writtenBy, copyFailure: _copyFailure, ...summary }: LoadSummary) => summary;

describe('loadRecords into Kùzu', () => {
  let batched: KuzuStore;
  let batchedSummary: LoadSummary;

  beforeAll(async () => {
    batched = await openStore();
    batchedSummary = await loadRecords(batched, RECORDS, { workers: 1 });
  }, 120_000);

  afterAll(async () => {
    await batched.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('COPYs a first load of enough articles into the empty store, with the same summary and graph as batched writes, and loads again in batches', async () => {
    const store = await openStore();
    const phases: LoadProgress['phase'][] = [];
    const summary = await loadRecords(store, RECORDS, { workers: 1, copyFirstLoad: true, onProgress: ({ phase }) => phases.push(phase) });
    expect(summary.writtenBy).toBe('copy');
    expect(batchedSummary.writtenBy).toBe('batches');
    expect(counts(summary)).toEqual(counts(batchedSummary));
    expect(summary).toMatchObject({ articlesAdded: COPY_MIN_ARTICLES, articlesSkipped: 1, relationsAdded: expect.any(Number) });
    expect(summary.relationsAdded).toBeGreaterThan(COPY_MIN_ARTICLES);
    expect([...new Set(phases)]).toEqual(['extracting', 'copying', 'writing']);
    expect(await contents(store)).toEqual(await contents(batched));

    const again = await loadRecords(store, RECORDS.slice(0, 3), { workers: 1, copyFirstLoad: true });
    expect(again).toMatchObject({ writtenBy: 'batches', articlesAdded: 0, articlesSkipped: 3 });
    await store.close();
  }, 120_000);

  it('writes in batches instead when the COPY fails (its staged MENTIONS file removed), storing the same graph', async () => {
    const store = await openStore();
    const staging = mkdtempSync(join(folder, 'staging-'));
    const summary = await loadRecords(store, RECORDS, {
      workers: 1,
      copyFirstLoad: true,
      stagingFolder: staging,
      // Progress reaches the MENTIONS table just before its COPY starts: take its file away.
      onProgress: ({ copyTable }) => {
        if (copyTable === 'MENTIONS') for (const name of readdirSync(staging)) rmSync(join(staging, name, 'MENTIONS.csv'));
      },
    });
    expect(summary.writtenBy).toBe('batches');
    expect(summary.copyFailure).toMatch(/COPY failed and nothing was stored/);
    expect(counts(summary)).toEqual(counts(batchedSummary));
    expect(await contents(store)).toEqual(await contents(batched));
    await store.close();
  }, 120_000);
});
