// GET /api/whats-new over real HTTP and a real Kùzu store: entities and relations first seen since a date.

import type { WhatsNewResult } from '../../../core/model.js';
import { CHAIN_ARTICLES, FENWICK, GALEN, HOLLIS } from '../../../test/fixtures/investigation-articles.js';
import { useFixtureApi } from '../../../test/fixtures/fixture-api.js';

describe('GET /api/whats-new', () => {
  const api = useFixtureApi(CHAIN_ARTICLES);

  it('lists the entities first seen since the date and draws the relations first stated since then', async () => {
    const { status, body } = await api.get('/api/whats-new?since=2024-04-01');
    expect(status).toBe(200);
    const news = body as WhatsNewResult;
    expect(news.entities.map((entity) => entity.id).sort()).toEqual([FENWICK, GALEN, HOLLIS].sort());
    expect(news.graph.edges).toHaveLength(5);
    expect(news.graph.edges[0].firstDate).toBe('2024-05-30');
  });

  it('finds nothing new after the last article', async () => {
    const { body } = await api.get('/api/whats-new?since=2025-01-01');
    expect(body).toMatchObject({ entities: [], graph: { nodes: [], edges: [] }, truncated: false });
  });

  it.each(['', 'since=last-week', 'since=2024-04-01&limit=0'])('refuses ?%s with a 400 that names the parameter', async (query) => {
    const { status, body } = await api.get(`/api/whats-new?${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/since|limit/);
  });
});
