// The Explorer-filter API over real HTTP against a real Kùzu store: timeline, sources and filtered neighbourhoods.

import type { GraphPayload, SourceSummary, Timeline } from '../../../core/model.js';
import { DRONE_DEAL, PHONE_CALL } from '../../../test/fixtures/store-articles.js';
import { useFixtureApi } from '../../../test/fixtures/fixture-api.js';

const PUTIN = 'person-vladimir-putin';

describe('the Explorer filter API', () => {
  const { get } = useFixtureApi([PHONE_CALL, DRONE_DEAL]);

  it('charts the whole corpus month by month without an entity', async () => {
    const { status, body } = await get('/api/timeline');
    const timeline = body as Timeline;
    expect(status).toBe(200);
    expect(timeline).toMatchObject({ unit: 'month', from: '2024-03-04', to: '2024-05-20', total: 5, undated: 0 });
    expect(timeline.buckets.map((bucket) => [bucket.start, bucket.count])).toEqual([
      ['2024-03-01', 2],
      ['2024-04-01', 0],
      ['2024-05-01', 3],
    ]);
  });

  it('charts only the relations of an entity’s neighbourhood, and of the chosen sources', async () => {
    const near = (await get(`/api/timeline?entity=${PUTIN}&depth=1`)).body as Timeline;
    // Putin, Raisi and Russia: the call (twice) and Putin leading Russia; not Iran's supplies.
    expect(near.total).toBe(3);
    const outlet = (await get(`/api/timeline?entity=${PUTIN}&depth=1&sources=Another%20Outlet`)).body as Timeline;
    expect(outlet).toMatchObject({ unit: 'day', from: '2024-05-20', to: '2024-05-20', total: 1 });
  });

  it('refuses a bad depth and answers not found for an unknown entity', async () => {
    expect((await get('/api/timeline?depth=9')).body.error).toMatchObject({ id: 'invalid_argument', message: expect.stringContaining('depth') });
    expect((await get('/api/timeline?entity=no-such-entity')).status).toBe(404);
  });

  it('lists the sources with their article counts', async () => {
    const { body } = await get('/api/sources');
    expect(body.sources as SourceSummary[]).toEqual([
      { name: 'Another Outlet', articleCount: 1 },
      { name: 'Example Wire', articleCount: 1 },
    ]);
  });

  it('narrows a neighbourhood to a date range, counting only the evidence inside it', async () => {
    const { status, body } = await get(`/api/entities/${PUTIN}/neighbors?from=2024-05-01&to=2024-05-31`);
    const graph = body as GraphPayload;
    expect(status).toBe(200);
    expect(graph.edges).toEqual([expect.objectContaining({ predicate: 'SPOKE_WITH', articleCount: 1, firstDate: '2024-05-20', lastDate: '2024-05-20' })]);
  });

  it('narrows a neighbourhood by predicates (listed or comma-separated), minimum evidence and repeated sources', async () => {
    const predicates = (await get(`/api/entities/${PUTIN}/neighbors?predicates=LEADS,SUPPLIES`)).body as GraphPayload;
    expect(predicates.edges.map((edge) => edge.predicate)).toEqual(['LEADS']);
    const strong = (await get(`/api/entities/${PUTIN}/neighbors?minArticles=2`)).body as GraphPayload;
    expect(strong.edges.map((edge) => edge.predicate)).toEqual(['SPOKE_WITH']);
    const both = (await get(`/api/entities/${PUTIN}/neighbors?sources=Example%20Wire&sources=Another%20Outlet`)).body as GraphPayload;
    expect(both.edges.find((edge) => edge.predicate === 'SPOKE_WITH')?.articleCount).toBe(2);
  });

  it('names the bad filter parameter: a malformed date, an unknown predicate, a reversed range', async () => {
    const badDate = await get(`/api/entities/${PUTIN}/neighbors?from=June`);
    expect(badDate.body.error).toMatchObject({ id: 'invalid_argument', message: expect.stringContaining('from') });
    const badPredicate = await get(`/api/entities/${PUTIN}/neighbors?predicates=WAVED_AT`);
    expect(badPredicate.body.error).toMatchObject({ id: 'invalid_argument', message: expect.stringContaining('predicates') });
    const reversed = await get(`/api/entities/${PUTIN}/neighbors?from=2024-06-01&to=2024-05-01`);
    expect(reversed.status).toBe(400);
  });
});
