// Issue 7: while a server-side load writes, 50 concurrent readers at a time all get correct answers.

import type { StoreStats } from '../../../core/model.js';
import { generatedArticle } from '../../../test/fixtures/generated-articles.js';
import { useFixtureApi } from '../../../test/fixtures/fixture-api.js';
import { DRONE_DEAL, PHONE_CALL } from '../../../test/fixtures/store-articles.js';

const LOADED = 300;
const READERS = 50;
const ROUNDS = 3;

/** The 50 reads of one round: stats, searches, an entity and its neighbourhood, none touched by the load. */
const READS = Array.from({ length: READERS }, (_, index) =>
  [
    '/api/stats',
    '/api/search?q=putin',
    '/api/entities/person-vladimir-putin',
    '/api/entities/person-vladimir-putin/neighbors?depth=2',
    '/api/search?q=almeida',
  ][index % 5],
);

describe('50 concurrent readers during a server-side load', () => {
  const api = useFixtureApi([PHONE_CALL, DRONE_DEAL]);

  it('all get 200s: entities the load does not touch stay the same, and stats never go back nor past the final counts', async () => {
    const before = new Map<string, unknown>();
    for (const path of new Set(READS)) before.set(path, (await api.get(path)).body);

    const started = await api.post('/api/articles', { articles: Array.from({ length: LOADED }, (_, index) => generatedArticle(index)) });
    expect(started.status).toBe(202);
    const progress = async () => (await api.get(`/api/loads/${started.body.id}`)).body;
    while ((await progress()).articlesAdded === 0) await new Promise((resolve) => setTimeout(resolve, 50));

    const seenStats: StoreStats[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await Promise.all(READS.map(async (path) => ({ path, ...(await api.get(path)) })));
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        if (answer.path.includes('putin')) expect(answer.body).toEqual(before.get(answer.path));
      }
      const almeidas = answers.filter((answer) => answer.path.endsWith('almeida'));
      for (const answer of almeidas) for (const entity of answer.body.results) expect(entity.name).toMatch(/Almeida$/);
      seenStats.push(answers.filter((answer) => answer.path === '/api/stats').map((answer) => answer.body));
    }
    const during = await progress();
    expect(during.state).toBe('running'); // the reads really overlapped the load
    expect(during.articlesDone).toBeLessThan(LOADED);

    while (!['done', 'failed'].includes((await progress()).state)) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await progress()).toMatchObject({ state: 'done', articlesAdded: LOADED, failures: [] });
    const final: StoreStats = (await api.get('/api/stats')).body;
    expect(final.articles).toBe(LOADED + 2);
    seenStats.forEach((round, index) => {
      const previous = index === 0 ? [before.get('/api/stats') as StoreStats] : seenStats[index - 1];
      const floor = Math.max(...previous.map((stats) => stats.articles));
      for (const stats of round) {
        expect(stats.articles).toBeGreaterThanOrEqual(floor);
        expect(stats.articles).toBeLessThanOrEqual(final.articles);
        expect(stats.entities).toBeLessThanOrEqual(final.entities);
        expect(stats.relations).toBeLessThanOrEqual(final.relations);
      }
    });
  }, 300_000);
});
