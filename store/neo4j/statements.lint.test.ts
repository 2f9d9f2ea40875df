// Lints every Cypher statement the Neo4j store sends with Neo4j's own parser and semantic analysis.

import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { ENTITY_TYPES, PREDICATE_NAMES } from '../../core/vocabulary.js';
import * as statements from './statements.js';
import { CONSOLE_EXAMPLES } from '../console-examples.js';

/** Our graph's schema, so that unknown labels, types, properties or parameters would be reported. */
const SCHEMA: DbSchema = {
  labels: ['Entity', 'Article', ...ENTITY_TYPES.map((type) => statements.TYPE_LABELS[type])],
  relationshipTypes: ['MENTIONS', ...PREDICATE_NAMES],
  propertyKeys: [
    ...['id', 'name', 'type', 'aliases', 'articleCount', 'mentionCount', 'firstSeen', 'lastSeen'],
    ...['title', 'source', 'url', 'author', 'publishedAt', 'ingestedAt', 'text', 'parent', 'file', 'entityCount', 'relationCount'],
    ...['count', 'spanStarts', 'spanEnds'],
    ...['articleId', 'verb', 'confidence', 'sentence', 'sentenceStart', 'sentenceEnd', 'date', 'attributes'],
    // Keys of the `UNWIND $rows AS row` maps, which the linter checks like stored properties.
    ...['entityId', 'subject', 'object', 'properties'],
  ],
  parameters: {
    id: 'an-id',
    ids: ['an-id'],
    exclude: ['an-id'],
    q: 'putin',
    limit: 10,
    offset: 0,
    rows: [],
    article: {},
    articleId: 'an-id',
    subject: 'an-id',
    object: 'an-id',
    predicates: ['SPOKE_WITH'],
    // Explorer filters (store/relation-filter.ts).
    dated: true,
    from: '2024-06-01',
    to: '2024-06-30',
    types: ['PERSON'],
    bySource: true,
    sources: ['Example Wire'],
    // Investigations (store/investigations.ts).
    since: '2024-06-01',
    // Cypher console examples (store/console-examples.ts).
    name: 'Vladimir Putin',
    month: '2024-03',
  },
  // Neo4j's built-in function list as the package ships it, so that a misspelt function is an error.
  functions: testData.mockSchema.functions,
  // Likewise its procedure list, so that a misspelt procedure or YIELD column is an error (the console schema calls db.*).
  procedures: testData.mockSchema.procedures,
};

/** Every statement string exported by statements.ts, named for the test report. */
function allStatements(): [string, string][] {
  const found: [string, string][] = [];
  const collect = (name: string, value: unknown) => {
    if (typeof value === 'string') found.push([name, value]);
    else if (Array.isArray(value)) value.forEach((item, index) => collect(`${name}[${index}]`, item));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, item]) => collect(`${name}.${key}`, item));
  };
  for (const [name, value] of Object.entries(statements)) {
    if (name !== 'TYPE_LABELS') collect(name, value);
  }
  return found;
}

function problems(cypher: string): string[] {
  return lintCypherQuery(cypher, SCHEMA).diagnostics.map((diagnostic) => `${diagnostic.severity === 1 ? 'error' : 'warning'}: ${diagnostic.message}`);
}

describe('Neo4j store statements', () => {
  const all = allStatements();

  it('include a statement for every predicate and every entity type', () => {
    const names = all.map(([name]) => name);
    for (const predicate of PREDICATE_NAMES) expect(names).toContain(`CREATE_RELATIONS.${predicate}`);
    for (const type of ENTITY_TYPES) expect(names).toContain(`UPSERT_ENTITIES.${type}`);
  });

  it.each(all)('%s passes Neo4j’s linter with no errors or warnings', (_name, cypher) => {
    expect(problems(cypher)).toEqual([]);
  });

  it('the linter does report a broken statement, an unknown label and an unknown function', () => {
    expect(problems('MATCH (e:Entity RETURN e').some((problem) => problem.startsWith('error'))).toBe(true);
    expect(problems('MATCH (e:Entty) RETURN e.name')).toEqual([expect.stringMatching(/^warning: .*Entty/)]);
    expect(problems('MATCH (e:Entity) RETURN toLowr(e.name)').some((problem) => problem.startsWith('error'))).toBe(true);
  });
});

// ── Cypher console: the examples' Neo4j text and the issue's Putin query ──
describe('Cypher console queries on Neo4j', () => {
  it.each(CONSOLE_EXAMPLES.map((example) => [example.title, example.neo4j]))('the example “%s” passes Neo4j’s linter', (_title, cypher) => {
    expect(problems(cypher)).toEqual([]);
  });

  it('where an example’s Kùzu text differs, Neo4j’s linter rejects the Kùzu text (so the second text is needed)', () => {
    const differing = CONSOLE_EXAMPLES.filter((example) => example.kuzu !== example.neo4j);
    expect(differing.length).toBeGreaterThan(0);
    for (const example of differing) expect(problems(example.kuzu).some((problem) => problem.startsWith('error'))).toBe(true);
  });

  it('the Putin neighbourhood query passes Neo4j’s linter as written', () => {
    expect(problems("MATCH (p:Entity {name:'Vladimir Putin'})-[r]-(o) RETURN p, r, o")).toEqual([]);
  });
});
