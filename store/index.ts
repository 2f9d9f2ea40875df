// The store registry: engines register by name; config picks one.

import type { Config } from '../core/config.js';
import { InvalidArgumentError } from '../core/errors.js';
import type { GraphStore } from './graph-store.js';
import { KuzuStore } from './kuzu/kuzu-store.js';
import { Neo4jStore } from './neo4j/neo4j-store.js';

export type { GraphStore } from './graph-store.js';

/** Every store engine, by name. */
export const STORES: { name: Config['store']; create: (config: Config) => GraphStore }[] = [
  { name: 'kuzu', create: (config) => new KuzuStore(config.kuzu) },
  { name: 'neo4j', create: (config) => new Neo4jStore(config.neo4j) },
];

/** Creates (without opening) the store the configuration names. */
export function createStore(config: Config): GraphStore {
  const entry = STORES.find((store) => store.name === config.store);
  if (!entry) {
    const known = STORES.map((store) => store.name).join(', ');
    throw new InvalidArgumentError(`No such store \`${config.store}\`. Known stores: ${known}.`);
  }
  return entry.create(config);
}
