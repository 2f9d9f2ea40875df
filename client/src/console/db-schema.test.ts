// Tests of the schema handed to the Cypher editor's completion and lint.

import type { StoreSchema } from '../../../core/model.js';
import { toDbSchema } from './db-schema.js';

const SCHEMA: StoreSchema = {
  store: 'kuzu',
  nodeLabels: [
    { label: 'Entity', properties: ['id', 'name', 'type'] },
    { label: 'Article', properties: ['id', 'title', 'publishedAt'] },
  ],
  relationshipTypes: [
    { type: 'RELATES', properties: ['predicate', 'sentence'], from: 'Entity', to: 'Entity' },
    { type: 'MENTIONS', properties: ['count'], from: 'Article', to: 'Entity' },
  ],
  propertyKeys: ['id', 'name'],
  examples: [],
};

describe('the editor schema', () => {
  it('offers every label and relationship type of the store, sorted', () => {
    const db = toDbSchema(SCHEMA);
    expect(db.labels).toEqual(['Article', 'Entity']);
    expect(db.relationshipTypes).toEqual(['MENTIONS', 'RELATES']);
  });

  it('offers property keys found only on a label or a relationship type, once each', () => {
    expect(toDbSchema(SCHEMA).propertyKeys).toEqual(['count', 'id', 'name', 'predicate', 'publishedAt', 'sentence', 'title', 'type']);
  });

  it('knows which labels each relationship type connects', () => {
    expect(toDbSchema(SCHEMA).graphSchema).toEqual([
      { from: 'Entity', to: 'Entity', relType: 'RELATES' },
      { from: 'Article', to: 'Entity', relType: 'MENTIONS' },
    ]);
  });
});
