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
