// Property-based fuzzing of every API route's parameters over real HTTP against a small real Kùzu store: never a 500, always a well-formed error.

import fc from 'fast-check';
import { ENTITY_TYPES, PREDICATE_NAMES } from '../core/vocabulary.js';
import { request as httpRequest } from 'node:http';
import { useFixtureApi } from './fixtures/fixture-api.js';
import { INTERNALS } from './fixtures/internals.js';
import { DRONE_DEAL, PHONE_CALL } from './fixtures/store-articles.js';

// Kept modest so the suite stays fast: each property sends this many requests.
const RUNS = 30;

/** Every GET route with the parameters it reads; `:id` is filled from the generated path segment. */
const GET_ROUTES: { path: string; params: string[] }[] = [
  { path: '/api/health', params: [] },
  { path: '/api/stats', params: [] },
  { path: '/api/search', params: ['q', 'limit'] },
  { path: '/api/entities/:id', params: [] },
  { path: '/api/entities/:id/neighbors', params: ['depth', 'limit', 'offset', 'from', 'to', 'predicates', 'types', 'minArticles', 'sources'] },
  { path: '/api/timeline', params: ['entity', 'depth', 'limit', 'predicates', 'types', 'minArticles', 'sources'] },
  { path: '/api/sources', params: [] },
  { path: '/api/evidence', params: ['subject', 'object', 'predicate'] },
  { path: '/api/articles', params: ['limit', 'offset'] },
  { path: '/api/articles/:id', params: [] },
  { path: '/api/schema', params: [] },
  { path: '/api/trace', params: ['entity', 'depth', 'predicates', 'types', 'from', 'to', 'coMentions', 'limit'] },
  { path: '/api/paths', params: ['from', 'to', 'k', 'maxLength', 'directed'] },
  { path: '/api/relationship', params: ['a', 'b'] },
  { path: '/api/whats-new', params: ['since', 'limit'] },
];

const ENTITY_IDS = [...PHONE_CALL.entities, ...DRONE_DEAL.entities].map((entity) => entity.id);

/** One parameter value: plausible, random Unicode, numbers of every size, dates, lists and percent-encoding debris. */
const value = fc.oneof(
  fc.constantFrom(...ENTITY_IDS, ...PREDICATE_NAMES, ...ENTITY_TYPES, PHONE_CALL.id, 'true', 'false', '', ' ', '0', '-1', '1', '2', '3'),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.constantFrom('1e400', '-1e400', 'NaN', 'Infinity', '0x10', '1.5', '2e1', '9007199254740993', '__proto__', 'constructor', 'toString'),
  fc.date({ noInvalidDate: true, min: new Date(-1e14), max: new Date(1e14) }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '99999-01-01', '2025-1-1'),
  fc.array(fc.constantFrom(...PREDICATE_NAMES, ...ENTITY_TYPES, 'X'), { maxLength: 4 }).map((items) => items.join(',')),
  fc.string({ unit: 'grapheme', minLength: 300, maxLength: 2000 }),
);

/** A parameter as sent: encoded properly, or raw text that may hold broken percent-encoding. */
const encoded = fc.oneof({ weight: 4, arbitrary: value.map(encodeURIComponent) }, { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%00', '%2', '+', '%C0%80') });

/** A query string over the route's own names plus unknown and hostile ones, some repeated, some as arrays. */
const queryString = (names: string[]) =>
  fc
    .array(
      fc.tuple(fc.oneof({ weight: 5, arbitrary: names.length ? fc.constantFrom(...names) : fc.constant('q') }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'x', 'a[]', 'limit[b]', '') }), encoded),
      { maxLength: 8 },
    )
    .map((pairs) => pairs.map(([name, text]) => `${name}=${text}`).join('&'));

const segment = fc.oneof(fc.constantFrom(...ENTITY_IDS, PHONE_CALL.id), encoded);

interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One request on a connection of its own, with node:http. With fetch, about one run in four had a
 * request that never settled on the client while the server's log showed every request it received
 * answered within milliseconds; a fresh connection per request keeps the fuzzer about the server.
 */
function send(url: string, { method = 'GET', headers = {}, body }: RequestOptions = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers, agent: false, timeout: 30_000 }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within 30 s: ${method} ${url.slice(0, 300)}`)));
    request.on('error', reject);
    request.end(body);
  });
}

describe('every API route under random parameters', () => {
  const api = useFixtureApi([PHONE_CALL, DRONE_DEAL], {
    // High enough that the fuzzer never meets a rate limit.
    expensiveRatePerMinute: 100_000,
    query: { timeoutMs: 2000, rowLimit: 50, ratePerMinute: 100_000, memoryMB: 64 },
  });

  /** Sends the request and checks what every answer must be: never a 500, a JSON error when not 2xx, nothing internal. */
  const expectWellFormed = async (path: string, init?: RequestOptions) => {
    const response = await send(api.url + path, init);
    const text = response.body;
    const where = `${init?.method ?? 'GET'} ${path} ${init?.body?.slice(0, 200) ?? ''} → ${response.status} ${text.slice(0, 300)}`;
    if (response.status >= 500) throw new Error(`server error: ${where}`);
    if (INTERNALS.test(text)) throw new Error(`internals leaked: ${where}`);
    if (response.status >= 400) {
      const body = JSON.parse(text);
      if (typeof body?.error?.id !== 'string' || typeof body.error.message !== 'string' || body.error.message.length < 10) throw new Error(`malformed error: ${where}`);
    }
  };

  it.each(GET_ROUTES)('never answers $path with a 500, and every refusal is {error: {id, message}}', async ({ path, params }) => {
    await fc.assert(
      fc.asyncProperty(segment, queryString(params), async (id, query) => {
        await expectWellFormed(`${path.replace(':id', id)}?${query}`);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('never answers POST /api/cypher with a 500, whatever the body', async () => {
    const cypher = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.constantFrom('RETURN $x AS x', 'MATCH (e:Entity) WHERE e.name = $x RETURN e LIMIT 3', 'RETURN 1', 'MATCH (n) RETURN n', 'UNWIND $x AS y RETURN y', "RETURN range(1, $x)"),
    );
    const params = fc.dictionary(fc.oneof(fc.constantFrom('x', 'constructor', '__proto__', 'toString'), fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 });
    const body = fc.oneof(
      fc.record({ query: cypher, params, timeoutMs: fc.oneof(fc.integer(), fc.double(), fc.constant(undefined)), rowLimit: fc.oneof(fc.integer(), fc.constant(undefined)) }, { requiredKeys: ['query'] }),
      fc.jsonValue({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        await expectWellFormed('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent) ?? 'null' });
      }),
      { numRuns: RUNS * 3, endOnFailure: true },
    );
  });
});
