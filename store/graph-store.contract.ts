// The behavioural contract every GraphStore engine must pass; each engine's test file runs it against a real database.

import type { StoreStats } from '../core/model.js';
import { BROKEN_ARTICLE, DRONE_DEAL, PHONE_CALL } from '../test/fixtures/store-articles.js';
import type { GraphStore } from './graph-store.js';

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
  });
}
