// GET /api/schema over real HTTP against a real Kùzu store: what the console's editor completes and offers.

import type { StoreSchema } from '../../../core/model.js';
import { PREDICATE_NAMES } from '../../../core/vocabulary.js';
import { DRONE_DEAL, PHONE_CALL } from '../../../test/fixtures/store-articles.js';
import { useFixtureApi } from '../../../test/fixtures/fixture-api.js';

describe('GET /api/schema', () => {
  const api = useFixtureApi([PHONE_CALL, DRONE_DEAL]);

  it('lists the node tables, one relationship table per predicate plus MENTIONS, and example queries that run', async () => {
    const { status, body } = await api.get('/api/schema');
    expect(status).toBe(200);
    const schema = body as StoreSchema;
    expect(schema.store).toBe('kuzu');
    expect(schema.nodeLabels.map((node) => node.label)).toEqual(['Article', 'Entity']);
    expect(schema.relationshipTypes.map((rel) => rel.type).sort()).toEqual(['MENTIONS', ...PREDICATE_NAMES].sort());
    expect(schema.propertyKeys).toContain('sentence');
    expect(schema.examples.length).toBeGreaterThanOrEqual(5);
    expect(schema.examples.length).toBeLessThanOrEqual(8);

    const first = schema.examples[0];
    const run = await api.post('/api/cypher', { query: first.query, params: first.params });
    expect(run.body.graph.nodes.length).toBeGreaterThan(1);
  });
});
