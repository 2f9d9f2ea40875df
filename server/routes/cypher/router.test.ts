// POST /api/cypher over real HTTP against a real Kùzu store: answers, refusals, limits, timeouts and the rate limit.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueryResult } from '../../../core/model.js';
import { DRONE_DEAL, PHONE_CALL } from '../../../test/fixtures/store-articles.js';
import { jsonClient, useFixtureApi, type JsonClient } from '../../../test/fixtures/fixture-api.js';
import { startServer } from '../../serve.js';
import type { ConsoleLimits } from './schema.js';

const LIMITS: ConsoleLimits = { timeoutMs: 5000, rowLimit: 50, ratePerMinute: 1000, memoryMB: 256 };
// Ten billion rows: it runs for minutes unless the timeout really stops it.
const SLOW_QUERY = 'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x + y AS z WHERE z % 7 = 0 RETURN count(z) AS n';

describe('POST /api/cypher', () => {
  const api = useFixtureApi([PHONE_CALL, DRONE_DEAL], { query: LIMITS });
  const { get } = api;
  const post = (body: unknown, target: JsonClient = api) => target.post('/api/cypher', body);

  it('answers the Putin query with JSON rows and a drawable graph of Putin and his neighbours', async () => {
    const { status, body } = await post({ query: "MATCH (p:Entity {name:'Vladimir Putin'})-[r]-(o) RETURN p, r, o" });
    expect(status).toBe(200);
    const result = body as QueryResult;
    expect(result.columns).toEqual(['p', 'r', 'o']);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.graph.nodes.map((node) => node.name).sort()).toEqual(['Ebrahim Raisi', 'Russia', 'Vladimir Putin']);
    expect(result.graph.edges.map((edge) => edge.predicate).sort()).toEqual(['LEADS', 'SPOKE_WITH']);
    expect(result.summary).toMatchObject({ store: 'kuzu', truncated: false, rowCount: result.rows.length });
  });

  it('binds parameters', async () => {
    const { body } = await post({ query: 'MATCH (e:Entity {name: $name}) RETURN e.type AS type', params: { name: 'Iran' } });
    expect(body.rows).toEqual([{ type: 'COUNTRY' }]);
  });

  it.each([
    [{}, /query/],
    [{ query: '   ' }, /query: expecting a Cypher query/],
    [{ query: 'RETURN 1', params: [1, 2] }, /params/],
    [{ query: 'RETURN 1', rowLimit: -3 }, /rowLimit: expecting a positive integer/],
    [{ query: 'RETURN 1', timeoutMs: 'soon' }, /timeoutMs/],
    // Kùzu would bind the text as a number and answer its memory address.
    [{ query: 'RETURN $x AS x', params: { x: [1, 'a'] } }, /`x` is a list mixing whole number and text/],
  ])('refuses a bad body %j with 400 saying what was wrong', async (bad, message) => {
    const { status, body } = await post(bad);
    expect(status).toBe(400);
    expect(body.error.id).toBe('invalid_argument');
    expect(body.error.message).toMatch(message);
  });

  it.each([
    ["CREATE (:Entity {id: 'x', name: 'Intruder'})"],
    ["MERGE (:Entity {id: 'x', name: 'Intruder'})"],
    ["MATCH (e:Entity {name: 'Iran'}) SET e.name = 'Renamed'"],
    ["MATCH (e:Entity {name: 'Iran'}) DETACH DELETE e"],
    ['DROP TABLE SUPPLIES'],
    [`COPY (MATCH (e:Entity) RETURN e.name) TO '${join(tmpdir(), 'newsgraph-leak.csv')}'`],
  ])('refuses the write %s with 403 forbidden and changes nothing', async (cypher) => {
    const before = (await get('/api/stats')).body;
    const { status, body } = await post({ query: cypher });
    expect(status).toBe(403);
    expect(body.error.id).toBe('forbidden');
    expect((await get('/api/stats')).body).toEqual(before);
  });

  // The hostile list of issue 7: every kind of write, file, extension, transaction and setting statement,
  // and tricks to hide one. Each is refused (403 when the engine or the guard sees a write, 400 when it
  // cannot even be parsed as one statement) and the store is left exactly as it was.
  it.each([
    ["CREATE (:Entity {id: 'x', name: 'Intruder'})"],
    ["UNWIND [1] AS x MERGE (:Entity {id: 'y'})"],
    ["MATCH (e:Entity {name: 'Iran'}) SET e.name = 'Renamed'"],
    ["MATCH (e:Entity) DELETE e"],
    ["MATCH (e:Entity) DETACH DELETE e"],
    ["MATCH (e:Entity {name: 'Iran'}) REMOVE e.aliases"],
    ['DROP TABLE Article'],
    ['ALTER TABLE Entity ADD hacked STRING'],
    ['ALTER TABLE Entity DROP aliases'],
    ['CREATE NODE TABLE Hacked(id STRING, PRIMARY KEY(id))'],
    ['CREATE MACRO hacked(x) AS x + 1'],
    ["COPY Entity FROM '/tmp/newsgraph-entities.csv'"],
    ["LOAD FROM '/etc/passwd' RETURN *"],
    ["ATTACH '/tmp/newsgraph-other' AS other (dbtype kuzu)"],
    ['INSTALL httpfs'],
    ['LOAD EXTENSION fts'],
    ["EXPORT DATABASE '/tmp/newsgraph-export'"],
    ["CALL CREATE_FTS_INDEX('Entity', 'hacked', ['name'])"],
    ["CALL PROJECT_GRAPH('hacked', ['Entity'], ['SPOKE_WITH'])"],
    ['CALL clear_warnings()'],
    ['CALL threads=1'],
    ['BEGIN TRANSACTION'],
    ['COMMIT'],
    ['CHECKPOINT'],
    ['RETURN 1; MATCH (e:Entity) DETACH DELETE e'],
    ["MATCH (e:Entity) RETURN e.name;  CREATE (:Entity {id: 'x'})"],
    ['MATCH (e:Entity) /* only a read */ DETACH DELETE e'],
    ["// a harmless comment\nMATCH (e:Entity) SET e.name = 'x'"],
    ['MATCH (e:Entity) WITH e CALL { WITH e DETACH DELETE e } RETURN 1'],
    ["\uFF23\uFF32\uFF25\uFF21\uFF34\uFF25 (:Entity {id: 'x'})"],
    ["CRE\u200BATE (:Entity {id: 'x'})"],
    ["\u0421REATE (:Entity {id: 'x'})"],
    ['MATCH (e:Entity) DE\u0000LETE e'],
  ])('refuses the hostile statement %j and leaves the store as it was', async (cypher) => {
    const before = [(await get('/api/stats')).body, (await get('/api/schema')).body];
    const { status, body } = await post({ query: cypher });
    expect([400, 403]).toContain(status);
    expect(['forbidden', 'invalid_argument']).toContain(body.error.id);
    expect([(await get('/api/stats')).body, (await get('/api/schema')).body]).toEqual(before);
  });

  it('runs a query whose comment only mentions a write, as the read it is', async () => {
    const { status, body } = await post({ query: "RETURN 1 AS one /* ; CREATE (:Entity {id: 'x'}) */" });
    expect(status).toBe(200);
    expect(body.rows).toEqual([{ one: 1 }]);
  });

  // Each of these crashed the whole server process (Kùzu 0.11.3) before it was refused.
  it.each([
    ['a SKIP past the rows after ORDER BY', 'MATCH (a:Article) RETURN a.id ORDER BY a.publishedAt DESC SKIP 100000 LIMIT 50', {}, /SKIP is refused/],
    ['a parameter the request does not give', 'UNWIND $x AS y RETURN y', {}, /uses the parameter \$x/],
  ])('refuses %s with a clear 400, and the server goes on answering', async (_what, query, params, message) => {
    const { status, body } = await post({ query, params });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
    expect((await get('/api/health')).body.status).toBe('ok');
  });

  it('still runs a query that only mentions SKIP in a string', async () => {
    const { status, body } = await post({ query: "RETURN 'SKIP' AS word" });
    expect(status).toBe(200);
    expect(body.rows).toEqual([{ word: 'SKIP' }]);
  });

  // range() builds its whole list (and lpad its whole string) in one call that neither the timeout nor an
  // interrupt stops, so one beyond the memory budget (256 MB here) is refused before the engine sees it.
  it.each([
    ['UNWIND range(1, 300000000) AS x RETURN sum(x) AS total', {}],
    ['RETURN size(range(1, 2000000000)) AS n', {}],
    ['RETURN size(range(1, 10^9)) AS n', {}],
    ['RETURN size(range(-5, 50000 * 50000)) AS n', {}],
    ['WITH 300000000 AS n UNWIND range(1, n) AS x RETURN count(x) AS c', {}],
    ["RETURN size(range(1, toInteger('300000000'))) AS n", {}],
    ['RETURN size([x IN range(1, $n) | x * 2]) AS n', { n: 300_000_000 }],
    ['RETURN size(RANGE (1, 3e9)) AS n', {}],
    ["RETURN size(lpad('x', 2000000000, 'y')) AS n", {}],
  ])('refuses %s before it runs, saying the query needs more memory than the budget', async (query, params) => {
    const { status, body } = await post({ query, params });
    expect(status).toBe(400);
    expect(body.error.id).toBe('invalid_argument');
    expect(body.error.message).toMatch(/256 MB/);
    expect(body.error.message).toMatch(/NEWSGRAPH_QUERY_MEMORY_MB/);
    expect((await get('/api/health')).body.status).toBe('ok');
  });

  it('still runs range() lists within the budget, including ranges whose bounds come from the data', async () => {
    expect((await post({ query: 'RETURN size(range(0, 1000000000, 10000000)) AS n' })).body.rows).toEqual([{ n: 101 }]);
    expect((await post({ query: 'UNWIND range(1, 3) AS x RETURN sum(x) AS total' })).body.rows).toEqual([{ total: 6 }]);
    const fromData = await post({ query: "MATCH (e:Entity {name: 'Vladimir Putin'}) RETURN size(range(1, e.articleCount)) AS n" });
    expect(fromData.body.rows).toEqual([{ n: 2 }]);
  });

  it('reports a syntax error with the engine’s message and its line, column and offset', async () => {
    const query = "MATCH (e:Entity)\n  WHERE e.name = 'Iran' RETRN e";
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.error.id).toBe('invalid_argument');
    expect(body.error.message).toMatch(/RETRN/);
    expect(body.error.details).toMatchObject({ line: 2, column: query.split('\n')[1].indexOf('RETRN') + 1, offset: query.indexOf('RETRN') });
  });

  it('reports an error at the end of the query in the user’s own text, not in the row cap it adds', async () => {
    const { status, body } = await post({ query: 'MATCH (e:Entity) RETURN e.name ORDER BY' });
    expect(status).toBe(400);
    expect(body.error.message).not.toMatch(/LIMIT/);
  });

  it('caps rows at the configured limit even when the request asks for more, and says so', async () => {
    const { body } = await post({ query: 'UNWIND range(1, 500) AS x RETURN x', rowLimit: 100000 });
    expect(body.rows).toHaveLength(LIMITS.rowLimit);
    expect(body.summary.truncated).toBe(true);
    const fewer = await post({ query: 'UNWIND range(1, 500) AS x RETURN x', rowLimit: 3 });
    expect(fewer.body.rows).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
  });

  it('returns the first rows of a result far larger than the buffer pool instead of failing', async () => {
    // Twenty million rows would not fit in the test store's 128 MiB buffer pool if the engine built them all.
    const { status, body } = await post({ query: 'UNWIND range(1, 5000) AS a UNWIND range(1, 4000) AS b RETURN a * b AS x, a + b AS y', rowLimit: 5 });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(5);
    expect(body.summary.truncated).toBe(true);
  });

  it('stops a slow query with a timeout error while health and search keep answering, and the console works afterwards', async () => {
    const finished: string[] = [];
    const started = performance.now();
    const slow = post({ query: SLOW_QUERY, timeoutMs: 1000 }).then((answer) => {
      finished.push('cypher');
      return { ...answer, elapsedMs: performance.now() - started };
    });
    const health = await get('/api/health');
    finished.push('health');
    const search = await get('/api/search?q=putin');
    finished.push('search');
    const timedOut = await slow;

    expect(health.body).toMatchObject({ status: 'ok' });
    expect(search.body.results.map((entity: { name: string }) => entity.name)).toEqual(['Vladimir Putin']);
    expect(finished).toEqual(['health', 'search', 'cypher']);
    expect(timedOut.status).toBe(408);
    expect(timedOut.body.error.id).toBe('timeout');
    // Cancelled, not finished: the query itself would run for minutes.
    expect(timedOut.elapsedMs).toBeLessThan(10_000);
    expect((await post({ query: 'RETURN 1 AS one' })).body.rows).toEqual([{ one: 1 }]);
  });

  it('answers 429 rate_limited once a client has sent its queries for the minute', async () => {
    const limited = await startServer({ store: api.store, host: '127.0.0.1', port: 0, query: { ...LIMITS, ratePerMinute: 2 } });
    const client = jsonClient(limited.url);
    try {
      expect((await post({ query: 'RETURN 1 AS one' }, client)).status).toBe(200);
      expect((await post({ query: 'RETURN 1 AS one' }, client)).status).toBe(200);
      const third = await post({ query: 'RETURN 1 AS one' }, client);
      expect(third.status).toBe(429);
      expect(third.body.error).toMatchObject({ id: 'rate_limited', message: expect.stringMatching(/NEWSGRAPH_QUERY_RATE_LIMIT/) });
      expect(third.headers.get('ratelimit-policy')).toMatch(/q=2/);
    } finally {
      await limited.close();
    }
  });
});
