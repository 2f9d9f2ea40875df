// Runs the GraphStore contract against a real Neo4j when NEO4J_URI is set; otherwise says loudly that it skipped.

import { defineGraphStoreContract } from '../graph-store.contract.js';
import { Neo4jStore } from './neo4j-store.js';

const uri = process.env.NEO4J_URI;

if (uri) {
  defineGraphStoreContract('Neo4jStore', {
    create: async () => {
      const store = new Neo4jStore({
        uri,
        user: process.env.NEO4J_USER || 'neo4j',
        password: process.env.NEO4J_PASSWORD || '',
        database: process.env.NEO4J_DATABASE || 'neo4j',
      });
      await store.open();
      // The contract starts every test from an empty database.
      await store.query('MATCH (n) DETACH DELETE n', {}, { readOnly: false });
      return store;
    },
  });
} else {
  console.warn('Neo4j contract suite skipped: set NEO4J_URI to run it');
  describe.skip('Neo4jStore (GraphStore contract)', () => {
    it('runs only against a real Neo4j server (set NEO4J_URI)', () => undefined);
  });
}
