// GET /api/paths over real HTTP and a real Kùzu store: k shortest paths with evidence, "no connection", 400/404s.

import type { PathsResult } from '../../../core/model.js';
import { ANNA, CARL, CHAIN_ARTICLES, EASTMERE, FENWICK, NORTHLAND } from '../../../test/fixtures/investigation-articles.js';
import { useFixtureApi } from '../../../test/fixtures/fixture-api.js';

describe('GET /api/paths', () => {
  const api = useFixtureApi(CHAIN_ARTICLES);

  it('returns the shortest paths first, each hop with a cited sentence', async () => {
    const { status, body } = await api.get(`/api/paths?from=${ANNA}&to=${NORTHLAND}&k=2&maxLength=4`);
    expect(status).toBe(200);
    const result = body as PathsResult;
    expect(result.paths.map((path) => path.nodes.length)).toEqual([4, 5]);
    expect(result.paths[0].nodes.map((node) => node.id)).toEqual([ANNA, CARL, EASTMERE, NORTHLAND]);
    expect(result.paths[1].nodes[1].id).toBe(FENWICK);
    for (const path of result.paths) {
      for (const hop of path.hops) expect(hop.evidence[0]).toMatchObject({ sentence: expect.any(String), articleTitle: expect.any(String) });
    }
  });

  it('says there is no connection within the hops asked for, as a 200 with no paths', async () => {
    const { status, body } = await api.get(`/api/paths?from=${ANNA}&to=${NORTHLAND}&maxLength=2`);
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
    expect(body.message).toBe('No connection between Anna Berg and Northland within 2 hops.');
  });

  it.each([
    ['k=0', 'k'],
    ['k=50', 'k'],
    ['maxLength=7', 'maxLength'],
    ['directed=sometimes', 'directed'],
  ])('refuses %s with a 400 that names the parameter and its range', async (query, name) => {
    const { status, body } = await api.get(`/api/paths?from=${ANNA}&to=${NORTHLAND}&${query}`);
    expect(status).toBe(400);
    expect(body.error.id).toBe('invalid_argument');
    expect(body.error.message).toContain(name);
  });

  it('answers a missing end with 400 and an unknown one with 404', async () => {
    expect((await api.get(`/api/paths?from=${ANNA}`)).status).toBe(400);
    const unknown = await api.get(`/api/paths?from=${ANNA}&to=country-atlantis`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('country-atlantis');
  });
});
