// The Cypher console's example queries, written once with their Kùzu and Neo4j text side by side.

import { PREDICATE_NAMES } from '../core/vocabulary.js';

/** One example; `kuzu` and `neo4j` are the same text unless the dialects differ. */
export interface ConsoleExample {
  title: string;
  description: string;
  kuzu: string;
  neo4j: string;
  params?: Record<string, unknown>;
}

// Every predicate as a relationship-type alternation: a path over it never goes through articles
// (MENTIONS). Kùzu has no `[:!MENTIONS]`, and a `(r, n | WHERE label(r) <> 'MENTIONS')` filter on a
// recursive pattern exhausted a 64 MiB buffer pool on a two-article store (measured), so types are listed.
const ANY_PREDICATE = PREDICATE_NAMES.join('|');

const NEIGHBOURS = 'MATCH (p:Entity {name: $name})-[r]-(o:Entity) RETURN p, r, o';

const CONTACTS_IN_MONTH = (typeOf: 'label' | 'type') => `MATCH (p:Entity {name: $name})-[r:SPOKE_WITH|MET_WITH|NEGOTIATED_WITH]-(o:Entity)
WHERE r.date STARTS WITH $month
RETURN o.name AS contact, ${typeOf}(r) AS how, r.date AS date, r.sentence AS evidence
ORDER BY date`;

const TOP_SUPPLIERS = `MATCH (s:Entity)-[r:SUPPLIES]->(o:Entity)
RETURN s.name AS supplier, count(r) AS statements, collect(DISTINCT o.name) AS recipients
ORDER BY statements DESC LIMIT 10`;

const TWO_HOPS = 'MATCH (a:Entity {name: $from})-[r1]-(via:Entity)-[r2]-(b:Entity {name: $to}) RETURN a, r1, via, r2, b';

const TOP_PER_TYPE = `MATCH (e:Entity)
WITH e.type AS type, max(e.mentionCount) AS top
MATCH (e:Entity) WHERE e.type = type AND e.mentionCount = top
RETURN type, e.name AS name, top AS mentions
ORDER BY mentions DESC, type`;

const CO_MENTIONED = `MATCH (x:Entity {name: $name})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(o:Entity)
WHERE o.id <> x.id
RETURN o.name AS entity, o.type AS type, count(DISTINCT a) AS articles
ORDER BY articles DESC, entity LIMIT 20`;

const CONFLICT = (typeOf: 'label' | 'type') => `MATCH (s:Entity)-[r:ATTACKED|FOUGHT|KILLED|THREATENED|WARNED|SANCTIONED|CRITICIZED]->(o:Entity)
RETURN s.name AS actor, ${typeOf}(r) AS action, o.name AS target, r.date AS date, r.sentence AS evidence
ORDER BY date DESC LIMIT 25`;

/** The console's examples, in the order the editor lists them. Each runs as written on its store. */
export const CONSOLE_EXAMPLES: ConsoleExample[] = [
  {
    title: 'Neighbours of an entity',
    description: 'Everything directly related to Vladimir Putin, drawn as a graph.',
    kuzu: NEIGHBOURS,
    neo4j: NEIGHBOURS,
    params: { name: 'Vladimir Putin' },
  },
  {
    title: 'Who spoke with whom in a month',
    description: 'Calls, meetings and talks of Vladimir Putin dated in March 2024, with the sentence that states each. Kùzu names a relationship’s type with label(r), Neo4j with type(r).',
    kuzu: CONTACTS_IN_MONTH('label'),
    neo4j: CONTACTS_IN_MONTH('type'),
    params: { name: 'Vladimir Putin', month: '2024-03' },
  },
  {
    title: 'Top suppliers',
    description: 'Who supplies whom (weapons, aid, goods), by number of statements.',
    kuzu: TOP_SUPPLIERS,
    neo4j: TOP_SUPPLIERS,
  },
  {
    title: 'Two-hop connections',
    description: 'How Ebrahim Raisi and Russia are linked through one entity in between.',
    kuzu: TWO_HOPS,
    neo4j: TWO_HOPS,
    params: { from: 'Ebrahim Raisi', to: 'Russia' },
  },
  {
    title: 'Shortest path between two entities',
    description: 'The shortest chain of relations (up to 3 hops, never through articles) from Ebrahim Raisi to Iran. Kùzu writes `* SHORTEST 1..3` inside the relationship; Neo4j wraps the pattern in shortestPath().',
    kuzu: `MATCH p = (a:Entity {name: $from})-[:${ANY_PREDICATE}* SHORTEST 1..3]-(b:Entity {name: $to}) RETURN p`,
    neo4j: `MATCH p = shortestPath((a:Entity {name: $from})-[:${ANY_PREDICATE}*1..3]-(b:Entity {name: $to})) RETURN p`,
    params: { from: 'Ebrahim Raisi', to: 'Iran' },
  },
  {
    title: 'Most mentioned entity of each type',
    description: 'The person, country, weapon… mentioned most often across all articles.',
    kuzu: TOP_PER_TYPE,
    neo4j: TOP_PER_TYPE,
  },
  {
    title: 'Mentioned in the same articles',
    description: 'Entities that appear in the same articles as Iran, through MENTIONS (co-mention is not stored as an edge).',
    kuzu: CO_MENTIONED,
    neo4j: CO_MENTIONED,
    params: { name: 'Iran' },
  },
  {
    title: 'Conflict, newest first',
    description: 'Attacks, threats, sanctions and criticism with their evidence.',
    kuzu: CONFLICT('label'),
    neo4j: CONFLICT('type'),
  },
];

/** The examples as the active store runs them (the shape of `StoreSchema.examples`). */
export function examplesFor(store: 'kuzu' | 'neo4j'): { title: string; description: string; query: string; params?: Record<string, unknown> }[] {
  return CONSOLE_EXAMPLES.map(({ title, description, params, ...text }) => ({ title, description, query: text[store], ...(params ? { params } : {}) }));
}
