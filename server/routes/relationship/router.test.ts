// GET /api/relationship over real HTTP and a real Kùzu store: the dated timeline between two entities.

import type { Evidence } from '../../../core/model.js';
import { ANNA, CARL, CHAIN_ARTICLES } from '../../../test/fixtures/investigation-articles.js';
import { useFixtureApi } from '../../../test/fixtures/fixture-api.js';

describe('GET /api/relationship', () => {
  const api = useFixtureApi(CHAIN_ARTICLES);

  it('lists what the corpus says between two entities in either direction, newest first, with article and sentence', async () => {
    const { status, body } = await api.get(`/api/relationship?a=${ANNA}&b=${CARL}`);
    expect(status).toBe(200);
    const evidence = body.evidence as Evidence[];
    expect(evidence.map((item) => [item.date, item.predicate, item.articleTitle])).toEqual([
      ['2024-05-30', 'SPOKE_WITH', 'Dunn and Berg talk again'],
      ['2024-01-10', 'MET_WITH', 'Berg meets Dunn at the harbour'],
    ]);
    expect(evidence[1].sentence).toBe('Anna Berg met Carl Dunn at the harbour on Tuesday.');
  });

  it('answers a missing entity parameter with 400 and an unknown entity with 404', async () => {
    const missing = await api.get(`/api/relationship?a=${ANNA}`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('b');
    expect((await api.get(`/api/relationship?a=${ANNA}&b=person-nobody`)).status).toBe(404);
  });
});
