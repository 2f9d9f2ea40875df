// The console schema built from rows shaped like Neo4j's schema procedures answer them (no server needed).

import { buildStoreSchema } from '../store-schema.js';
import { toNeo4jSchemaParts } from './neo4j-schema.js';

describe('toNeo4jSchemaParts', () => {
  const parts = toNeo4jSchemaParts({
    labels: [{ label: 'Entity' }, { label: 'Person' }, { label: 'Article' }],
    relationshipTypes: [{ type: 'SPOKE_WITH' }, { type: 'MENTIONS' }],
    propertyKeys: [{ propertyKey: 'name' }, { propertyKey: 'legacyKey' }],
    nodeProperties: [
      { nodeLabels: ['Entity', 'Person'], propertyName: 'name' },
      { nodeLabels: ['Article'], propertyName: 'title' },
      { nodeLabels: ['Article'], propertyName: null },
    ],
    relProperties: [
      { relType: ':`SPOKE_WITH`', propertyName: 'sentence' },
      { relType: ':`MENTIONS`', propertyName: 'count' },
    ],
    relEndpoints: [
      { type: 'SPOKE_WITH', source: ['Person'], target: ['Person'] },
      { type: 'SPOKE_WITH', source: ['Entity'], target: ['Entity'] },
      { type: 'MENTIONS', source: ['Article'], target: ['Person'] },
      { type: 'MENTIONS', source: ['Article'], target: ['Entity'] },
    ],
  });

  it('describes each relationship type by the labels every entity or article carries, not the type labels', () => {
    expect(parts.relationshipTypes).toEqual([
      { type: 'SPOKE_WITH', properties: ['sentence'], from: 'Entity', to: 'Entity' },
      { type: 'MENTIONS', properties: ['count'], from: 'Article', to: 'Entity' },
    ]);
  });

  it('lists each label’s properties and keeps property keys that no label reports', () => {
    const schema = buildStoreSchema('neo4j', parts);
    expect(schema.nodeLabels).toEqual([
      { label: 'Article', properties: ['title'] },
      { label: 'Entity', properties: ['name'] },
      { label: 'Person', properties: ['name'] },
    ]);
    expect(schema.propertyKeys).toEqual(['count', 'legacyKey', 'name', 'sentence', 'title']);
    expect(schema.examples.every((example) => !example.query.includes('label('))).toBe(true);
  });
});
