// The behavioural contract every GraphStore engine must pass; each engine's test file runs it against a real database.

import type { StoreStats, WriteResult } from '../core/model.js';
import { BROKEN_ARTICLE, DRONE_DEAL, PHONE_CALL, RENAMING_NOTE } from '../test/fixtures/store-articles.js';
import type { GraphStore } from './graph-store.js';
import { defineInvestigationContract } from './investigations.contract.js';

export interface ContractTarget {
  /** Returns an open store over an empty database. */
  create: () => Promise<GraphStore>;
}

const PUTIN = 'person-vladimir-putin';
const RAISI = 'person-ebrahim-raisi';
const RUSSIA = 'country-russia';
const IRAN = 'country-iran';
const UKRAINE = 'country-ukraine';

/** Defines the GraphStore contract tests for one engine. */
export function defineGraphStoreContract(name: string, target: ContractTarget): void {
  describe(`${name} (GraphStore contract)`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await target.create();
    });

    afterEach(async () => {
      await store.close();
    });

    const writeBoth = async () => {
      await store.writeArticle(PHONE_CALL);
      await store.writeArticle(DRONE_DEAL);
    };

    const expectError = async (promise: Promise<unknown>, id: string) => {
      await expect(promise).rejects.toMatchObject({ id });
    };

    test('an empty store reports zero counts and is healthy', async () => {
      expect(await store.stats()).toEqual({ articles: 0, entities: 0, relations: 0, mentions: 0, entitiesByType: {}, relationsByPredicate: {} });
      expect(await store.health()).toMatchObject({ store: store.kind, status: 'ok' });
    });

    test('a written article is counted in the stats, without its negated relation', async () => {
      const result = await store.writeArticle(PHONE_CALL);
      expect(result).toEqual({ articleId: PHONE_CALL.id, skipped: false, entitiesAdded: 4, relationsAdded: 2 });
      const mentions = PHONE_CALL.entities.reduce((total, entity) => total + entity.mentions.length, 0);
      expect(await store.stats()).toEqual({
        articles: 1,
        entities: 4,
        relations: 2,
        mentions,
        entitiesByType: { PERSON: 2, COUNTRY: 2 },
        relationsByPredicate: { SPOKE_WITH: 1, LEADS: 1 },
      });
      expect(await store.evidence({ subject: PUTIN, object: RAISI, predicate: 'MET_WITH' })).toEqual([]);
    });

    test('an entity seen in two articles is merged: aliases unioned, counts added, first and last seen widened', async () => {
      await store.writeArticle(PHONE_CALL);
      const second = await store.writeArticle(DRONE_DEAL);
      expect(second.entitiesAdded).toBe(2);
      const mentionsOf = (id: string) =>
        [PHONE_CALL, DRONE_DEAL].flatMap((article) => article.entities).filter((entity) => entity.id === id).reduce((total, entity) => total + entity.mentions.length, 0);

      const putin = await store.getEntity(PUTIN);
      expect(putin).toMatchObject({ name: 'Vladimir Putin', type: 'PERSON', articleCount: 2, mentionCount: mentionsOf(PUTIN), firstSeen: '2024-03-04', lastSeen: '2024-05-20' });
      expect(putin!.articles.map((article) => article.id)).toEqual([DRONE_DEAL.id, PHONE_CALL.id]);
      expect(putin!.relationCounts).toEqual({ SPOKE_WITH: 2, LEADS: 1 });

      const raisi = await store.getEntity(RAISI);
      expect([...raisi!.aliases].sort()).toEqual(['President Raisi', 'Raisi']);
      const russia = await store.getEntity(RUSSIA);
      expect(russia).toMatchObject({ aliases: ['Moscow'], articleCount: 2 });
      expect((await store.stats()).entities).toBe(6);
    });

    test('search finds entities by alias, ignoring case, exact and prefix matches first', async () => {
      await writeBoth();
      expect((await store.searchEntities('MOSCOW', 10)).map((entity) => entity.id)).toEqual([RUSSIA]);
      expect((await store.searchEntities('putin', 10))[0].id).toBe(PUTIN);
      const ra = await store.searchEntities('ra', 10);
      expect(ra[0].id).toBe(RAISI);
      expect(ra.map((entity) => entity.id)).toEqual(expect.arrayContaining([IRAN, UKRAINE]));
      expect(await store.searchEntities('no such name', 10)).toEqual([]);
      expect((await store.topEntities(2)).map((entity) => entity.id).sort()).toEqual([RUSSIA, PUTIN].sort());
    });

    test('neighbors at depth 1 aggregate the articles behind an edge and never go through articles', async () => {
      await writeBoth();
      const graph = await store.neighbors(PUTIN, { depth: 1, limit: 50 });
      expect(graph.nodes.map((node) => node.id).sort()).toEqual([RAISI, RUSSIA, PUTIN].sort());
      expect(graph.truncated).toBe(false);
      expect(graph.edges).toContainEqual({
        id: `${PUTIN}|SPOKE_WITH|${RAISI}`,
        source: PUTIN,
        target: RAISI,
        predicate: 'SPOKE_WITH',
        group: 'verbal-cooperation',
        articleCount: 2,
        firstDate: '2024-03-04',
        lastDate: '2024-05-20',
      });
      expect(graph.edges).toHaveLength(2);
    });

    test('neighbors at depth 2 reach friends of friends, and the node cap truncates', async () => {
      await writeBoth();
      const two = await store.neighbors(RAISI, { depth: 2, limit: 50 });
      expect(two.nodes.map((node) => node.id).sort()).toEqual([RAISI, PUTIN, RUSSIA].sort());
      const three = await store.neighbors(RAISI, { depth: 3, limit: 50 });
      expect(three.nodes.map((node) => node.id).sort()).toEqual([RAISI, PUTIN, RUSSIA, IRAN, UKRAINE].sort());
      expect(three.edges.map((edge) => edge.id)).toContain(`${IRAN}|SUPPLIES|${RUSSIA}`);
      const capped = await store.neighbors(RAISI, { depth: 3, limit: 2 });
      expect(capped.nodes).toHaveLength(2);
      expect(capped.truncated).toBe(true);
      await expectError(store.neighbors('no-such-entity', { depth: 1, limit: 5 }), 'not_found');
      await expectError(store.neighbors(RAISI, { depth: 4, limit: 5 }), 'invalid_argument');
    });

    test('evidence lists each article’s sentence, newest first, keeping the most confident statement of a repeated triple', async () => {
      await writeBoth();
      const calls = await store.evidence({ subject: PUTIN, object: RAISI });
      expect(calls.map((item) => [item.date, item.articleTitle, item.sentence])).toEqual([
        ['2024-05-20', DRONE_DEAL.title, 'Raisi and Putin had spoken about the deal earlier.'],
        ['2024-03-04', PHONE_CALL.title, 'Vladimir Putin spoke with Ebrahim Raisi by telephone on Monday.'],
      ]);
      const supply = await store.evidence({ subject: IRAN, object: RUSSIA, predicate: 'SUPPLIES' });
      expect(supply).toHaveLength(1);
      expect(supply[0]).toMatchObject({
        verb: 'supplied',
        confidence: 0.95,
        attributes: { item: 'attack drones' },
        source: 'Another Outlet',
        articleId: DRONE_DEAL.id,
      });
      expect(DRONE_DEAL.text.slice(supply[0].start, supply[0].end)).toBe(supply[0].sentence);
    });

    test('an article reads back with its text, highlightable mentions and relations; articles list newest first', async () => {
      await writeBoth();
      const article = await store.getArticle(PHONE_CALL.id);
      expect(article).toMatchObject({ id: PHONE_CALL.id, title: PHONE_CALL.title, text: PHONE_CALL.text, publishedAt: '2024-03-04', entityCount: 4, relationCount: 2 });
      const total = PHONE_CALL.entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
      expect(article!.mentions).toHaveLength(total);
      for (const mention of article!.mentions) {
        const entity = PHONE_CALL.entities.find((candidate) => candidate.id === mention.entityId)!;
        expect([entity.name, ...entity.aliases]).toContain(PHONE_CALL.text.slice(mention.start, mention.end));
      }
      expect(article!.relations.map((relation) => relation.predicate)).toEqual(['SPOKE_WITH', 'LEADS']);
      expect(await store.getArticle('no-such-article')).toBeNull();
      expect((await store.listArticles({ limit: 10, offset: 0 })).map((item) => item.id)).toEqual([DRONE_DEAL.id, PHONE_CALL.id]);
      expect((await store.listArticles({ limit: 1, offset: 1 })).map((item) => item.id)).toEqual([PHONE_CALL.id]);
    });

    test('writing the same article again is skipped and changes no counts', async () => {
      await writeBoth();
      const before = await store.stats();
      const putinBefore = await store.getEntity(PUTIN);
      expect(await store.writeArticle(PHONE_CALL)).toEqual({ articleId: PHONE_CALL.id, skipped: true, entitiesAdded: 0, relationsAdded: 0 });
      expect(await store.stats()).toEqual(before);
      expect(await store.getEntity(PUTIN)).toEqual(putinBefore);
    });

    test('an article that fails half-way leaves nothing behind', async () => {
      await store.writeArticle(PHONE_CALL);
      const before: StoreStats = await store.stats();
      const russiaBefore = await store.getEntity(RUSSIA);
      await expectError(store.writeArticle(BROKEN_ARTICLE), 'invalid_argument');
      expect(await store.stats()).toEqual(before);
      expect(await store.getEntity(RUSSIA)).toEqual(russiaBefore);
      expect(await store.getArticle(BROKEN_ARTICLE.id)).toBeNull();
      expect(await store.searchEntities('belarus', 5)).toEqual([]);
    });

    test('a batch of articles written in one call ends as if they were written one by one, repeats skipped', async () => {
      await writeBoth();
      const oneByOne = { stats: await store.stats(), putin: await store.getEntity(PUTIN) };
      await store.close();
      store = await target.create();
      const results = await store.writeArticles([PHONE_CALL, DRONE_DEAL, PHONE_CALL]);
      expect(results.map((result) => [result.articleId, result.skipped])).toEqual([[PHONE_CALL.id, false], [DRONE_DEAL.id, false], [PHONE_CALL.id, true]]);
      expect(await store.stats()).toEqual(oneByOne.stats);
      expect({ ...(await store.getEntity(PUTIN)), articles: undefined }).toEqual({ ...oneByOne.putin, articles: undefined });
    });

    test('a batch in which later articles rename, retype and add aliases to entities an earlier one created ends as if written one by one', async () => {
      const batch = [PHONE_CALL, RENAMING_NOTE, DRONE_DEAL];
      const everything = async () => ({
        stats: await store.stats(),
        entities: await Promise.all([PUTIN, RUSSIA, UKRAINE, 'location-sochi'].map(async (id) => ({ ...(await store.getEntity(id)), articles: undefined }))),
        evidence: [...(await store.evidence({ subject: RUSSIA, object: PUTIN })), ...(await store.evidence({ subject: PUTIN, object: 'location-sochi' }))],
        article: { ...(await store.getArticle(RENAMING_NOTE.id)), ingestedAt: undefined },
      });
      const oneByOne: WriteResult[] = [];
      for (const article of batch) oneByOne.push(await store.writeArticle(article));
      const expected = await everything();
      await store.close();
      store = await target.create();
      expect(await store.writeArticles(batch)).toEqual(oneByOne);
      expect(await everything()).toEqual(expected);
      expect(expected.entities[1]).toMatchObject({ name: 'Russia', type: 'COUNTRY', aliases: expect.arrayContaining(['Russian Federation', 'the Federation', 'Moscow']) });
      expect(expected.evidence.map((evidence) => evidence.confidence)).toEqual([1, 0.55]);
      expect(expected.entities[3]).toMatchObject({ aliases: [], mentionCount: 0, firstSeen: null });
    });

    test('a batch that gives the same article twice, or one already stored, stores it once and reports the repeats as skipped', async () => {
      await store.writeArticle(DRONE_DEAL);
      const results = await store.writeArticles([RENAMING_NOTE, DRONE_DEAL, RENAMING_NOTE]);
      expect(results).toEqual([
        { articleId: RENAMING_NOTE.id, skipped: false, entitiesAdded: 1, relationsAdded: 2 },
        { articleId: DRONE_DEAL.id, skipped: true, entitiesAdded: 0, relationsAdded: 0 },
        { articleId: RENAMING_NOTE.id, skipped: true, entitiesAdded: 0, relationsAdded: 0 },
      ]);
      expect(await store.getEntity(PUTIN)).toMatchObject({ articleCount: 2 });
      expect((await store.stats()).articles).toBe(2);
    });

    test('a batch with one article that fails half-way stores none of the batch', async () => {
      await store.writeArticle(PHONE_CALL);
      const before = await store.stats();
      await expectError(store.writeArticles([DRONE_DEAL, BROKEN_ARTICLE]), 'invalid_argument');
      expect(await store.stats()).toEqual(before);
      expect(await store.getArticle(DRONE_DEAL.id)).toBeNull();
    });

    test('deleting an article removes its relationships and mentions, updates counts and drops orphaned entities', async () => {
      await store.writeArticle(PHONE_CALL);
      const onlyFirst = await store.stats();
      const putinAlone = await store.getEntity(PUTIN);
      await store.writeArticle(DRONE_DEAL);
      expect(await store.deleteArticle(DRONE_DEAL.id)).toBe(true);
      expect(await store.stats()).toEqual(onlyFirst);
      expect(await store.getEntity(IRAN)).toBeNull();
      expect(await store.getEntity(PUTIN)).toMatchObject({ articleCount: 1, mentionCount: putinAlone!.mentionCount, lastSeen: '2024-03-04' });
      expect(await store.evidence({ subject: PUTIN, object: RAISI })).toHaveLength(1);
      expect(await store.deleteArticle(DRONE_DEAL.id)).toBe(false);
    });

    test('query returns rows as plain JSON and gathers the entities and relationships it touched into a graph', async () => {
      await writeBoth();
      const result = await store.query("MATCH (p:Entity {name:'Vladimir Putin'})-[r:SPOKE_WITH]-(o:Entity) RETURN p, r, o");
      expect(() => JSON.stringify(result)).not.toThrow();
      expect(result.columns).toEqual(['p', 'r', 'o']);
      expect(result.rows).toHaveLength(2);
      expect(result.rows[0].p).toMatchObject({ _label: 'Entity', name: 'Vladimir Putin', articleCount: 2 });
      expect(result.rows[0].r).toMatchObject({ _label: 'SPOKE_WITH', articleId: expect.any(String) });
      expect(result.graph.nodes.map((node) => node.id).sort()).toEqual([RAISI, PUTIN].sort());
      expect(result.graph.edges).toEqual([expect.objectContaining({ id: `${PUTIN}|SPOKE_WITH|${RAISI}`, articleCount: 2 })]);
      expect(result.summary).toMatchObject({ rowCount: 2, truncated: false, store: store.kind });
    });

    test('query completes relationships returned without their endpoints, binds parameters and caps rows', async () => {
      await writeBoth();
      const onlyRels = await store.query('MATCH (:Entity {id: $id})-[r:SUPPLIES]->(:Entity) RETURN r', { id: IRAN });
      expect(onlyRels.graph.nodes.map((node) => node.id).sort()).toEqual([IRAN, RUSSIA].sort());
      expect(onlyRels.graph.edges.map((edge) => edge.id)).toEqual([`${IRAN}|SUPPLIES|${RUSSIA}`]);
      const capped = await store.query('MATCH (e:Entity) RETURN e.name AS name', {}, { rowLimit: 2 });
      expect(capped.rows).toHaveLength(2);
      expect(capped.summary.truncated).toBe(true);
      expect(capped.graph.truncated).toBe(true);
    });

    test.each([
      ["CREATE (:Entity {id: 'x', name: 'Intruder'})"],
      ["MERGE (:Entity {id: 'x', name: 'Intruder'})"],
      ["MATCH (e:Entity {id: 'country-iran'}) SET e.name = 'Renamed'"],
      ["MATCH (e:Entity {id: 'country-iran'}) DETACH DELETE e"],
    ])('a read-only query refuses to write: %s', async (cypher) => {
      await writeBoth();
      const before = await store.stats();
      await expectError(store.query(cypher), 'forbidden');
      expect(await store.stats()).toEqual(before);
      expect((await store.getEntity(IRAN))?.name).toBe('Iran');
    });

    test('a query with a syntax error is an invalid argument carrying the engine’s message', async () => {
      const failure = store.query('MATCH (n RETURN n');
      await expect(failure).rejects.toMatchObject({ id: 'invalid_argument', message: expect.stringMatching(/RETURN/) });
    });

    // ── Investigations (trace, paths, timeline, what's new): store/investigations.contract.ts ──
    defineInvestigationContract(target.create);

    // ── Explorer filters: filtered neighbourhoods, timeline dates, sources ──

    const idsOf = (graph: { nodes: { id: string }[] }) => graph.nodes.map((node) => node.id).sort();

    test('a neighbourhood narrowed to May 2024 holds only May relations, counted and dated from May evidence alone', async () => {
      await writeBoth();
      const may = await store.neighbors(PUTIN, { depth: 1, limit: 50, from: '2024-05-01', to: '2024-05-31' });
      expect(idsOf(may)).toEqual([PUTIN, RAISI].sort());
      expect(may.edges).toEqual([expect.objectContaining({ id: `${PUTIN}|SPOKE_WITH|${RAISI}`, articleCount: 1, firstDate: '2024-05-20', lastDate: '2024-05-20' })]);
      // Russia is only reached through a March relation, so a May walk from Raisi stops at Putin.
      const walk = await store.neighbors(RAISI, { depth: 3, limit: 50, from: '2024-05-01', to: '2024-05-31' });
      expect(idsOf(walk)).toEqual([PUTIN, RAISI].sort());
      const april = await store.neighbors(PUTIN, { depth: 2, limit: 50, from: '2024-04-01', to: '2024-04-30' });
      expect(april).toEqual({ nodes: [expect.objectContaining({ id: PUTIN })], edges: [], truncated: false });
      const openEnded = await store.neighbors(RUSSIA, { depth: 1, limit: 50, to: '2024-03-31' });
      expect(openEnded.edges.map((edge) => edge.id)).toEqual([`${PUTIN}|LEADS|${RUSSIA}`]);
    });

    test('a neighbourhood can be limited to some predicates, entity types, sources and a minimum of corroborating articles', async () => {
      await writeBoth();
      const leads = await store.neighbors(PUTIN, { depth: 1, limit: 50, predicates: ['LEADS'] });
      expect(leads.edges.map((edge) => edge.id)).toEqual([`${PUTIN}|LEADS|${RUSSIA}`]);
      const people = await store.neighbors(PUTIN, { depth: 3, limit: 50, types: ['PERSON'] });
      expect(idsOf(people)).toEqual([PUTIN, RAISI].sort());
      const outlet = await store.neighbors(PUTIN, { depth: 1, limit: 50, sources: ['Example Wire'] });
      expect(outlet.edges).toContainEqual(expect.objectContaining({ predicate: 'SPOKE_WITH', articleCount: 1, firstDate: '2024-03-04', lastDate: '2024-03-04' }));
      expect(outlet.edges).toHaveLength(2);
      const corroborated = await store.neighbors(RAISI, { depth: 3, limit: 50, minArticles: 2 });
      expect(idsOf(corroborated)).toEqual([PUTIN, RAISI].sort());
      expect(corroborated.edges.map((edge) => edge.articleCount)).toEqual([2]);
      const unfiltered = await store.neighbors(PUTIN, { depth: 1, limit: 50, sources: [] });
      expect(idsOf(unfiltered)).toEqual([PUTIN, RAISI, RUSSIA].sort());
    });

    // ── Neighbourhood ranking under the node cap (the Kùzu store ranks contacts in the query) ──
    test('a capped neighbourhood keeps the neighbours backed by the most articles, counting only corroborated edges', async () => {
      await writeBoth();
      const strongest = await store.neighbors(PUTIN, { depth: 1, limit: 2 });
      expect(idsOf(strongest)).toEqual([PUTIN, RAISI].sort());
      expect(strongest.truncated).toBe(true);
      const corroborated = await store.neighbors(PUTIN, { depth: 2, limit: 2, minArticles: 2 });
      expect(idsOf(corroborated)).toEqual([PUTIN, RAISI].sort());
      expect(corroborated.truncated).toBe(false);
    });

    test('neighbourhood filters refuse a malformed date, a reversed range, an unknown predicate and a minimum below one', async () => {
      await writeBoth();
      await expectError(store.neighbors(PUTIN, { depth: 1, limit: 5, from: '2024-13-45' }), 'invalid_argument');
      await expectError(store.neighbors(PUTIN, { depth: 1, limit: 5, from: '2024-06-01', to: '2024-05-01' }), 'invalid_argument');
      await expectError(store.neighbors(PUTIN, { depth: 1, limit: 5, predicates: ['WAVED_AT' as never] }), 'invalid_argument');
      await expectError(store.neighbors(PUTIN, { depth: 1, limit: 5, minArticles: 0 }), 'invalid_argument');
    });

    test('relation dates count stored relationships per date, over the corpus or among given entities', async () => {
      await writeBoth();
      const byDate = (counts: { date: string | null; count: number }[]) => Object.fromEntries(counts.map((item) => [String(item.date), item.count]));
      // The drone deal states Iran → Russia supplies twice; the store keeps one relationship per article.
      expect(byDate(await store.relationDates({}))).toEqual({ '2024-03-04': 2, '2024-05-20': 3 });
      expect(byDate(await store.relationDates({ entityIds: [PUTIN, RAISI] }))).toEqual({ '2024-03-04': 1, '2024-05-20': 1 });
      expect(byDate(await store.relationDates({ sources: ['Another Outlet'], predicates: ['SUPPLIES'] }))).toEqual({ '2024-05-20': 1 });
      expect(await store.relationDates({ entityIds: [] })).toEqual([]);
    });

    test('the people named in full are listed by name, without other entities', async () => {
      expect(await store.personNames()).toEqual([]);
      await writeBoth();
      expect(await store.personNames()).toEqual(['Ebrahim Raisi', 'Vladimir Putin']);
    });

    test('sources are listed with their article counts, most articles first', async () => {
      expect(await store.listSources()).toEqual([]);
      await writeBoth();
      expect(await store.listSources()).toEqual([
        { name: 'Another Outlet', articleCount: 1 },
        { name: 'Example Wire', articleCount: 1 },
      ]);
    });

    // ── Cypher console: the Putin query, refused writes in each engine's words, schema ──

    test('the console’s Putin query returns rows and a graph of Putin and his neighbours', async () => {
      await writeBoth();
      const result = await store.query("MATCH (p:Entity {name:'Vladimir Putin'})-[r]-(o) RETURN p, r, o");
      expect(result.columns).toEqual(['p', 'r', 'o']);
      expect(result.rows.length).toBeGreaterThan(0);
      expect(result.graph.nodes.map((node) => node.id).sort()).toEqual([PUTIN, RAISI, RUSSIA].sort());
      expect(result.graph.edges.map((edge) => edge.id).sort()).toEqual([`${PUTIN}|LEADS|${RUSSIA}`, `${PUTIN}|SPOKE_WITH|${RAISI}`].sort());
    });

    // Where the dialects differ the statement differs: Neo4j has no tables to drop and imports with LOAD CSV, not COPY
    // (its write comes first so that Neo4j refuses it before looking for the file).
    const CONSOLE_WRITES: { what: string; kuzu: string; neo4j: string }[] = [
      { what: 'CREATE', kuzu: "CREATE (:Entity {id: 'x', name: 'Intruder'})", neo4j: "CREATE (:Entity {id: 'x', name: 'Intruder'})" },
      { what: 'MERGE', kuzu: "MERGE (:Entity {id: 'x', name: 'Intruder'})", neo4j: "MERGE (:Entity {id: 'x', name: 'Intruder'})" },
      { what: 'SET', kuzu: "MATCH (e:Entity {id: 'country-iran'}) SET e.name = 'Renamed'", neo4j: "MATCH (e:Entity {id: 'country-iran'}) SET e.name = 'Renamed'" },
      { what: 'DELETE', kuzu: "MATCH (e:Entity {id: 'country-iran'}) DETACH DELETE e", neo4j: "MATCH (e:Entity {id: 'country-iran'}) DETACH DELETE e" },
      { what: 'DROP', kuzu: 'DROP TABLE SUPPLIES', neo4j: 'DROP CONSTRAINT entity_id IF EXISTS' },
      { what: 'COPY', kuzu: "COPY Entity FROM '/tmp/newsgraph-entities.csv'", neo4j: "CREATE (e:Entity {id: 'x'}) WITH e LOAD CSV FROM 'file:///newsgraph-entities.csv' AS row SET e.name = row[0]" },
    ];

    test.each(CONSOLE_WRITES)('the console refuses $what as forbidden and the counts stay the same', async (write) => {
      await writeBoth();
      const before = await store.stats();
      await expectError(store.query(write[store.kind]), 'forbidden');
      expect(await store.stats()).toEqual(before);
      expect((await store.getEntity(IRAN))?.name).toBe('Iran');
    });

    test('the schema lists the Entity and Article labels, a relationship type per predicate with its endpoints, and the property keys', async () => {
      await writeBoth();
      const schema = await store.schema();
      expect(schema.store).toBe(store.kind);
      const labels = new Map(schema.nodeLabels.map((node) => [node.label, node.properties]));
      expect(labels.get('Entity')).toEqual(expect.arrayContaining(['id', 'name', 'type', 'aliases', 'articleCount']));
      expect(labels.get('Article')).toEqual(expect.arrayContaining(['id', 'title', 'publishedAt', 'text']));
      const types = new Map(schema.relationshipTypes.map((rel) => [rel.type, rel]));
      expect(types.get('SPOKE_WITH')).toMatchObject({ from: 'Entity', to: 'Entity', properties: expect.arrayContaining(['sentence', 'date', 'articleId']) });
      expect(types.get('SUPPLIES')).toMatchObject({ from: 'Entity', to: 'Entity' });
      expect(types.get('MENTIONS')).toMatchObject({ from: 'Article', to: 'Entity', properties: expect.arrayContaining(['count']) });
      expect(schema.propertyKeys).toEqual(expect.arrayContaining(['name', 'sentence', 'publishedAt', 'count']));
      expect(schema.propertyKeys).toEqual([...schema.propertyKeys].sort((a, b) => a.localeCompare(b)));
      expect(schema.examples.length).toBeGreaterThanOrEqual(5);
    });

    test('every example the schema offers runs as written on this store and returns rows', async () => {
      await writeBoth();
      for (const example of (await store.schema()).examples) {
        const result = await store.query(example.query, example.params ?? {});
        expect({ title: example.title, rows: result.rows.length > 0 }).toEqual({ title: example.title, rows: true });
      }
    });
  });
}
