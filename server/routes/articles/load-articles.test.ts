// POST /api/articles over real HTTP into a real Kùzu store: the token, validation, queued loads and their progress.

import type { LoadStatus } from '../../../core/model.js';
import { generatedArticle } from '../../../test/fixtures/generated-articles.js';
import { useFixtureApi, type JsonClient } from '../../../test/fixtures/fixture-api.js';

const TOKEN = 'a-long-random-test-token';
const AUTHORIZED = { authorization: `Bearer ${TOKEN}` };

/** Polls GET /api/loads/:id until the load has finished; returns its last status. */
async function finished(api: JsonClient, id: string): Promise<LoadStatus> {
  for (;;) {
    const { status, body } = await api.get(`/api/loads/${id}`);
    expect(status).toBe(200);
    if (body.state === 'done' || body.state === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('POST /api/articles with NEWSGRAPH_API_TOKEN set', () => {
  const api = useFixtureApi([], { apiToken: TOKEN });

  it('refuses a load without a token (401) or with another token (403), and stores nothing', async () => {
    const body = { articles: [generatedArticle(0)] };
    const missing = await api.post('/api/articles', body);
    expect(missing.status).toBe(401);
    expect(missing.body.error.id).toBe('unauthorized');
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await api.post('/api/articles', body, { authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.id).toBe('forbidden');
    const notBearer = await api.post('/api/articles', body, { authorization: `Basic ${TOKEN}` });
    expect(notBearer.status).toBe(401);
    expect((await api.get('/api/stats')).body.articles).toBe(0);
  });

  it('answers 202 with a load id, then reports the load done with what it added, skipped and stored', async () => {
    const anna = generatedArticle(0);
    const answer = await api.post('/api/articles', { articles: [{ ...anna, id: 'wire-1' }, generatedArticle(1), { ...anna, id: 'wire-1' }] }, AUTHORIZED);
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ state: expect.stringMatching(/queued|running/), articlesTotal: 3 });
    expect(answer.headers.get('location')).toBe(`/api/loads/${answer.body.id}`);

    const load = await finished(api, answer.body.id);
    expect(load).toMatchObject({ state: 'done', articlesTotal: 3, articlesDone: 3, articlesAdded: 2, articlesSkipped: 1, failures: [], error: null });
    expect(load.relationsAdded).toBeGreaterThan(0);
    const stored = await api.get('/api/articles/wire-1');
    expect(stored.status).toBe(200);
    expect(stored.body.title).toBe(anna.title);
    const search = await api.get('/api/search?q=anna%20almeida');
    expect(search.body.results.map((entity: { name: string }) => entity.name)).toContain('Anna Almeida');
  });

  it('runs loads one at a time, in the order they were sent', async () => {
    const [first, second] = await Promise.all(
      [2, 3].map((index) => api.post('/api/articles', { articles: Array.from({ length: 5 }, (_, offset) => generatedArticle(index * 10 + offset)) }, AUTHORIZED)),
    );
    const [one, two] = [await finished(api, first.body.id), await finished(api, second.body.id)];
    expect([one.state, two.state]).toEqual(['done', 'done']);
    expect(two.startedAt! >= one.finishedAt!).toBe(true);
    expect((await api.get('/api/stats')).body.articles).toBe(12);
  });

  it('answers 400 naming what is wrong with a body that is not a list of good articles', async () => {
    const bad = [
      [{ text: 'no list' }, /articles/],
      [{ articles: [] }, /at least one article/],
      [{ articles: [{ text: '   ' }] }, /articles\.0\.text: expecting non-empty text/],
      [{ articles: [{ text: 'Talks.', body: 'x' }] }, /articles\.0/],
      [{ articles: Array.from({ length: 1001 }, () => ({ text: 'a' })) }, /at most 1000 articles/],
    ] as const;
    for (const [body, reason] of bad) {
      const answer = await api.post('/api/articles', body, AUTHORIZED);
      expect(answer.status).toBe(400);
      expect(answer.body.error.id).toBe('invalid_argument');
      expect(answer.body.error.message).toMatch(reason);
    }
  });

  it('answers 404 for a load id it does not know and 400 for something that is not a load id', async () => {
    expect((await api.get('/api/loads/0b9f6c1e-6c2a-4c53-9a7e-8d1f0e2a4b6c')).status).toBe(404);
    expect((await api.get('/api/loads/nope')).body.error.id).toBe('invalid_argument');
  });
});

describe('POST /api/articles without a token configured (loopback only)', () => {
  const api = useFixtureApi([]);

  it('accepts a load with no Authorization header', async () => {
    const answer = await api.post('/api/articles', { articles: [generatedArticle(0)] });
    expect(answer.status).toBe(202);
    expect((await finished(api, answer.body.id)).articlesAdded).toBe(1);
  });
});

describe('POST /api/articles with uploaded files', () => {
  const api = useFixtureApi([]);
  const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64');

  it('reads each file as `newsgraph load` would: front matter, HTML without its scripts, JSON Lines line by line, Windows-1252 text', async () => {
    const files = [
      {
        name: 'talks.md',
        data: base64('---\ntitle: Ministers meet in Oslo\nsource: Fjord Courier\npublishedAt: 2025-03-02\n---\nNorwegian Foreign Minister Ingrid Dahl met Chilean Foreign Minister Pablo Reyes in Oslo on Sunday.\n'),
      },
      {
        name: 'page.html',
        data: base64(
          '<html><head><title>Port deal signed</title><script>window.stolen = "cookie"</script></head><body><article><h1>Port deal signed</h1>' +
            '<p>Kenyan President Grace Wanjiru met Japanese Prime Minister Kenji Mori in Nairobi on Friday to sign a port agreement.</p>' +
            '<p>The two leaders said the agreement would double grain shipments.</p></article></body></html>',
        ),
      },
      {
        name: '../../etc/wire.jsonl',
        data: base64('{"id":"wire-a","text":"Polish President Adam Nowak spoke with Canadian Prime Minister Claire Roy on Monday."}\nnot json at all\n{"id":"wire-b","text":"Egyptian President Omar Fathy visited Ankara on Tuesday."}\n'),
      },
      {
        name: 'cafe.txt',
        data: base64(Buffer.from('Rent protest\n\nThe owners of the Caf\xe9 Lumi\xe8re in Paris said on Monday that French Prime Minister Luc Martin had met them. They said the meeting was short.\n', 'latin1')),
      },
      { name: 'photo.txt', data: base64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])) },
    ];
    const answer = await api.post('/api/articles', { files });
    expect(answer.status).toBe(202);
    const load = await finished(api, answer.body.id);
    expect(load).toMatchObject({ state: 'done', articlesAdded: 5, articlesSkipped: 0 });
    expect(load.articlesDone).toBe(load.articlesTotal);
    // The path the sender gave is dropped: only the file's name is kept and reported.
    expect(load.failures.map((failure) => failure.input).sort()).toEqual(['photo.txt', 'wire.jsonl:2']);
    expect(load.failures.find((failure) => failure.input === 'photo.txt')!.reason).toMatch(/image|PNG/i);

    const { articles } = (await api.get('/api/articles?limit=10')).body as { articles: { id: string; title: string; source: string | null }[] };
    expect(articles.find((article) => article.title === 'Ministers meet in Oslo')).toMatchObject({ source: 'Fjord Courier' });
    expect(articles.map((article) => article.id)).toEqual(expect.arrayContaining(['wire-a', 'wire-b']));
    const page = articles.find((article) => article.title === 'Port deal signed')!;
    expect((await api.get(`/api/articles/${encodeURIComponent(page.id)}`)).body.text).not.toMatch(/stolen|cookie/);
    // Windows-1252 bytes decoded, not replaced by U+FFFD.
    expect(articles.map((article) => article.title)).toContain('The owners of the Café Lumière in Paris said on Monday that French Prime Minister Luc Martin had met them.');
  });

  it('answers 400 for a file that is not base64, or a body with neither articles nor files', async () => {
    const notBase64 = await api.post('/api/articles', { files: [{ name: 'a.txt', data: 'this is not base64!' }] });
    expect(notBase64.status).toBe(400);
    expect(notBase64.body.error.message).toMatch(/base64/);
    const empty = await api.post('/api/articles', {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/at least one article or file/);
  });
});
