// GET /api/trace over real HTTP and a real Kùzu store: rings, ranking, filters and clear 400/404s.

import type { TraceResult } from '../../../core/model.js';
import { ANNA, CARL, CHAIN_ARTICLES, EASTMERE, FENWICK, PORT_AUTHORITY } from '../../../test/fixtures/investigation-articles.js';
import { useFixtureApi } from '../../../test/fixtures/fixture-api.js';

describe('GET /api/trace', () => {
  const api = useFixtureApi(CHAIN_ARTICLES);

  it('traces two hops out by default, ring 1 strongest first, with the graph to draw', async () => {
    const { status, body } = await api.get(`/api/trace?entity=${ANNA}`);
    expect(status).toBe(200);
    const trace = body as TraceResult;
    expect(trace.depth).toBe(2);
    expect(trace.contacts.filter((contact) => contact.hop === 1).map((contact) => contact.entity.id)).toEqual([CARL, FENWICK]);
    expect(trace.contacts.find((contact) => contact.entity.id === EASTMERE)).toMatchObject({ hop: 2, via: CARL });
    expect(trace.graph.nodes.map((node) => node.id)).toContain(EASTMERE);
  });

  it('narrows the trace by predicate, type and dates, and adds co-mentions only on request', async () => {
    const ids = async (query: string) => ((await api.get(`/api/trace?entity=${ANNA}&depth=1&${query}`)).body as TraceResult).contacts.map((contact) => contact.entity.id);
    expect(await ids('predicates=CRITICIZED,SUPPLIES')).toEqual([FENWICK]);
    expect(await ids('types=ORGANIZATION')).toEqual([FENWICK]);
    expect(await ids('from=2024-05-01&to=2024-06-30')).toEqual([CARL]);
    expect(await ids('coMentions=true')).toContain(PORT_AUTHORITY);
    expect(await ids('coMentions=false')).not.toContain(PORT_AUTHORITY);
  });

  it.each([
    ['depth=4', 'depth'],
    ['depth=two', 'depth'],
    ['predicates=LOVES', 'predicates'],
    ['types=ALIEN', 'types'],
    ['from=yesterday', 'from'],
    ['coMentions=maybe', 'coMentions'],
    ['limit=100000', 'limit'],
  ])('refuses %s with a 400 that names the parameter', async (query, name) => {
    const { status, body } = await api.get(`/api/trace?entity=${ANNA}&${query}`);
    expect(status).toBe(400);
    expect(body.error.id).toBe('invalid_argument');
    expect(body.error.message).toContain(name);
  });

  it('answers a missing entity parameter with 400 and an unknown entity with 404', async () => {
    expect((await api.get('/api/trace')).body.error).toMatchObject({ id: 'invalid_argument', message: expect.stringContaining('entity') });
    const unknown = await api.get('/api/trace?entity=person-nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.id).toBe('not_found');
  });
});
