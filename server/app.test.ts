// The JSON API over real HTTP against a real Kùzu store: answers, validation errors and not-found errors.

import type { EntityDetail, Evidence, GraphPayload } from '../core/model.js';
import { DRONE_DEAL, PHONE_CALL } from '../test/fixtures/store-articles.js';
import { useFixtureApi } from '../test/fixtures/fixture-api.js';

describe('the JSON API', () => {
  const { get } = useFixtureApi([PHONE_CALL, DRONE_DEAL]);

  it('reports the store kind and status on /api/health', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ store: 'kuzu', status: 'ok' });
  });

  it('counts what is stored on /api/stats', async () => {
    const { body } = await get('/api/stats');
    expect(body.articles).toBe(2);
    expect(body.entitiesByType.PERSON).toBe(2);
  });

  it('finds an entity by an alias, ignoring case', async () => {
    const { body } = await get('/api/search?q=tehran');
    expect(body.results.map((entity: { name: string }) => entity.name)).toEqual(['Iran']);
  });

  it('suggests the most connected entities for an empty search', async () => {
    const { body } = await get('/api/search?q=&limit=3');
    expect(body.results).toHaveLength(3);
  });

  it('returns an entity with its aliases and articles', async () => {
    const { status, body } = await get('/api/entities/person-vladimir-putin');
    expect(status).toBe(200);
    const entity = body as EntityDetail;
    expect(entity.name).toBe('Vladimir Putin');
    expect(entity.articles.map((article) => article.id).sort()).toEqual(['article-drone-deal', 'article-phone-call']);
  });

  it('draws a neighbourhood whose edges count corroborating articles', async () => {
    const { body } = await get('/api/entities/person-vladimir-putin/neighbors?depth=1');
    const graph = body as GraphPayload;
    const call = graph.edges.find((edge) => edge.predicate === 'SPOKE_WITH');
    expect(call?.articleCount).toBe(2);
    expect(graph.nodes.map((node) => node.id)).toContain('person-ebrahim-raisi');
    // The negated "did not meet" is never drawn.
    expect(graph.edges.some((edge) => edge.predicate === 'MET_WITH')).toBe(false);
  });

  it('returns the evidence sentences with their article, newest first', async () => {
    const { body } = await get('/api/evidence?subject=person-vladimir-putin&object=person-ebrahim-raisi&predicate=SPOKE_WITH');
    const evidence = body.evidence as Evidence[];
    expect(evidence.map((item) => item.articleTitle)).toEqual([DRONE_DEAL.title, PHONE_CALL.title]);
    expect(evidence[1].sentence).toMatch(/Putin/);
  });

  it('lists articles newest first and returns one with its text and mentions', async () => {
    const list = await get('/api/articles');
    expect(list.body.articles.map((article: { id: string }) => article.id)).toEqual(['article-drone-deal', 'article-phone-call']);
    const { body } = await get('/api/articles/article-phone-call');
    expect(body.text).toBe(PHONE_CALL.text);
    expect(body.mentions.length).toBeGreaterThan(0);
  });

  it.each([
    ['/api/entities/person-nobody', 404, 'not_found'],
    ['/api/entities/person-nobody/neighbors', 404, 'not_found'],
    ['/api/articles/nothing-here', 404, 'not_found'],
    ['/api/entities/person-vladimir-putin/neighbors?depth=9', 400, 'invalid_argument'],
    ['/api/entities/person-vladimir-putin/neighbors?depth=two', 400, 'invalid_argument'],
    ['/api/search?limit=-1', 400, 'invalid_argument'],
    ['/api/evidence?subject=a', 400, 'invalid_argument'],
    ['/api/evidence?subject=a&object=b&predicate=LOVES', 400, 'invalid_argument'],
    ['/api/articles?offset=-5', 400, 'invalid_argument'],
    ['/api/no-such-route', 404, 'not_found'],
  ])('answers %s with %i %s and a message', async (path, status, id) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.body.error.id).toBe(id);
    expect(response.body.error.message.length).toBeGreaterThan(10);
  });

  it('names the bad parameter in a validation error', async () => {
    const { body } = await get('/api/entities/person-vladimir-putin/neighbors?depth=9');
    expect(body.error.message).toMatch(/depth/);
  });

  it('sends security headers', async () => {
    const { headers } = await get('/api/health');
    expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(headers.get('x-powered-by')).toBeNull();
  });
});
