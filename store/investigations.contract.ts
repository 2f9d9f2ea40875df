// The investigations part of the GraphStore contract (trace, paths, timeline, what's new), run on every engine.

import { ANNA, CARL, CHAIN_ARTICLES, EASTMERE, FENWICK, GALEN, HOLLIS, NORTHLAND, PORT_AUTHORITY } from '../test/fixtures/investigation-articles.js';
import type { GraphStore } from './graph-store.js';

/** Defines the investigation tests for one engine; `create` returns an open store over an empty database. */
export function defineInvestigationContract(create: () => Promise<GraphStore>): void {
  describe('investigations', () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await create();
      for (const article of CHAIN_ARTICLES) await store.writeArticle(article);
    });

    afterEach(async () => {
      await store.close();
    });

    const ring = (contacts: { hop: number; entity: { id: string } }[], hop: number) =>
      contacts.filter((contact) => contact.hop === hop).map((contact) => contact.entity.id);

    test('a trace rings contacts by hop distance, strongest first, each with the entity one ring nearer', async () => {
      const trace = await store.trace(ANNA, { depth: 3, limit: 50 });
      expect(trace.entity.id).toBe(ANNA);
      expect(ring(trace.contacts, 1)).toEqual([CARL, FENWICK]);
      expect(ring(trace.contacts, 2).sort()).toEqual([EASTMERE, GALEN].sort());
      expect(ring(trace.contacts, 3).sort()).toEqual([HOLLIS, NORTHLAND].sort());
      const carl = trace.contacts.find((contact) => contact.entity.id === CARL)!;
      expect(carl).toMatchObject({ via: ANNA, articleCount: 2, predicates: ['MET_WITH', 'SPOKE_WITH'], lastDate: '2024-05-30', coMentionOnly: false });
      expect(carl.score).toBeGreaterThan(trace.contacts.find((contact) => contact.entity.id === FENWICK)!.score);
      // Eastmere is reached through Carl: its chain has Carl's two articles and its own.
      expect(trace.contacts.find((contact) => contact.entity.id === EASTMERE)).toMatchObject({ via: CARL, articleCount: 3, predicates: ['WORKS_FOR'] });
      expect(trace.graph.nodes.map((node) => node.id).sort()).toEqual([ANNA, CARL, FENWICK, EASTMERE, GALEN, HOLLIS, NORTHLAND].sort());
      expect(trace.graph.edges.map((edge) => edge.id)).toContain(`${EASTMERE}|SUPPLIES|${NORTHLAND}`);
      expect(trace.graph.truncated).toBe(false);
    });

    test('a trace filters by predicate, contact type and date range', async () => {
      expect(ring((await store.trace(ANNA, { depth: 1, limit: 50, predicates: ['CRITICIZED'] })).contacts, 1)).toEqual([FENWICK]);
      expect(ring((await store.trace(ANNA, { depth: 1, limit: 50, types: ['ORGANIZATION'] })).contacts, 1)).toEqual([FENWICK]);
      const recent = await store.trace(ANNA, { depth: 1, limit: 50, from: '2024-05-01', to: '2024-12-31' });
      expect(recent.contacts.map((contact) => [contact.entity.id, contact.predicates])).toEqual([[CARL, ['SPOKE_WITH']]]);
      expect(recent.graph.edges.map((edge) => edge.predicate)).toEqual(['SPOKE_WITH']);
    });

    test('co-mentions are a weaker tie that appears only when asked for', async () => {
      expect(ring((await store.trace(ANNA, { depth: 1, limit: 50 })).contacts, 1)).not.toContain(PORT_AUTHORITY);
      const withCoMentions = await store.trace(ANNA, { depth: 1, limit: 50, includeCoMentions: true });
      const port = withCoMentions.contacts.find((contact) => contact.entity.id === PORT_AUTHORITY)!;
      expect(port).toMatchObject({ hop: 1, coMentionOnly: true, predicates: [], articleCount: 0 });
      expect(port.score).toBeLessThan(withCoMentions.contacts.find((contact) => contact.entity.id === FENWICK)!.score);
    });

    test('a trace keeps the strongest contacts under its cap and says it was cut; bad input is refused', async () => {
      const capped = await store.trace(ANNA, { depth: 2, limit: 1 });
      expect(capped.contacts.map((contact) => contact.entity.id)).toEqual([CARL]);
      expect(capped.graph.truncated).toBe(true);
      await expect(store.trace('no-such-entity', { depth: 1, limit: 5 })).rejects.toMatchObject({ id: 'not_found' });
      await expect(store.trace(ANNA, { depth: 4, limit: 5 })).rejects.toMatchObject({ id: 'invalid_argument' });
      await expect(store.trace(ANNA, { depth: 1, limit: 5, from: 'last week' })).rejects.toMatchObject({ id: 'invalid_argument' });
    });

    test('the shortest path comes first, with the evidence sentence of every hop', async () => {
      const result = await store.paths(ANNA, NORTHLAND, { k: 1, maxLength: 4 });
      expect(result.paths).toHaveLength(1);
      const [path] = result.paths;
      expect(path.nodes.map((node) => node.id)).toEqual([ANNA, CARL, EASTMERE, NORTHLAND]);
      expect(path.hops.map((hop) => hop.edge.id)).toEqual([`${CARL}|SPOKE_WITH|${ANNA}`, `${CARL}|WORKS_FOR|${EASTMERE}`, `${EASTMERE}|SUPPLIES|${NORTHLAND}`]);
      expect(path.hops[0].evidence.map((item) => item.sentence)).toEqual(['Carl Dunn spoke with Anna Berg again by phone.', 'Anna Berg met Carl Dunn at the harbour on Tuesday.']);
      for (const hop of path.hops) expect(hop.evidence.length).toBeGreaterThan(0);
      expect(result.graph.nodes.map((node) => node.id).sort()).toEqual([ANNA, CARL, EASTMERE, NORTHLAND].sort());
      expect(result.message).toBeUndefined();
    });

    test('asking for more paths than the shortest length has adds longer ones, shortest first', async () => {
      const result = await store.paths(ANNA, NORTHLAND, { k: 3, maxLength: 4 });
      expect(result.paths.map((path) => path.nodes.map((node) => node.id))).toEqual([
        [ANNA, CARL, EASTMERE, NORTHLAND],
        [ANNA, FENWICK, GALEN, HOLLIS, NORTHLAND],
      ]);
    });

    test('no path within the maximum length is an empty answer with a message, not an error', async () => {
      const result = await store.paths(ANNA, NORTHLAND, { k: 3, maxLength: 2 });
      expect(result.paths).toEqual([]);
      expect(result.message).toMatch(/within 2 hops/);
      expect(result.graph.nodes.map((node) => node.id).sort()).toEqual([ANNA, NORTHLAND].sort());
    });

    test('directed paths follow relations from subject to object only', async () => {
      const undirected = await store.paths(NORTHLAND, ANNA, { k: 1, maxLength: 3 });
      expect(undirected.paths).toHaveLength(1);
      expect((await store.paths(NORTHLAND, ANNA, { k: 1, maxLength: 3, directed: true })).paths).toEqual([]);
      expect((await store.paths(ANNA, NORTHLAND, { k: 1, maxLength: 3, directed: true })).paths[0].nodes.map((node) => node.id)).toEqual([ANNA, CARL, EASTMERE, NORTHLAND]);
      await expect(store.paths(ANNA, 'no-such-entity', { k: 1, maxLength: 3 })).rejects.toMatchObject({ id: 'not_found' });
      await expect(store.paths(ANNA, ANNA, { k: 1, maxLength: 3 })).rejects.toMatchObject({ id: 'invalid_argument' });
      await expect(store.paths(ANNA, NORTHLAND, { k: 1, maxLength: 9 })).rejects.toMatchObject({ id: 'invalid_argument' });
    });

    test('the timeline of a relationship lists what was said in both directions, newest first', async () => {
      const timeline = await store.relationTimeline(ANNA, CARL);
      expect(timeline.map((item) => [item.date, item.subject, item.predicate, item.object, item.articleTitle])).toEqual([
        ['2024-05-30', CARL, 'SPOKE_WITH', ANNA, 'Dunn and Berg talk again'],
        ['2024-01-10', ANNA, 'MET_WITH', CARL, 'Berg meets Dunn at the harbour'],
      ]);
      expect(await store.relationTimeline(ANNA, NORTHLAND)).toEqual([]);
      await expect(store.relationTimeline(ANNA, 'no-such-entity')).rejects.toMatchObject({ id: 'not_found' });
    });

    test('what’s new lists the entities and relations first seen since a date, newest first', async () => {
      const news = await store.whatsNew('2024-04-01', { limit: 50 });
      expect(news.entities.map((entity) => entity.id).sort()).toEqual([FENWICK, GALEN, HOLLIS].sort());
      expect(news.graph.edges.map((edge) => edge.id)).toEqual([
        `${CARL}|SPOKE_WITH|${ANNA}`,
        ...[`${ANNA}|CRITICIZED|${FENWICK}`, `${FENWICK}|COOPERATES_WITH|${GALEN}`, `${GALEN}|LOCATED_IN|${HOLLIS}`, `${HOLLIS}|LOCATED_IN|${NORTHLAND}`].sort(),
      ]);
      expect(news.graph.nodes.map((node) => node.id)).toEqual(expect.arrayContaining([ANNA, CARL, NORTHLAND]));
      expect(news.truncated).toBe(false);
      const capped = await store.whatsNew('2024-04-01', { limit: 1 });
      expect(capped.entities).toHaveLength(1);
      expect(capped.truncated).toBe(true);
      await expect(store.whatsNew('yesterday', { limit: 5 })).rejects.toMatchObject({ id: 'invalid_argument' });
    });
  });
}
