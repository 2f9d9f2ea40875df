// Hostile and malformed requests over real HTTP against a real Kùzu store: clear 4xx answers, security headers, rate limits, never a stack trace.

import { DRONE_DEAL, PHONE_CALL } from '../test/fixtures/store-articles.js';
import { useFixtureApi } from '../test/fixtures/fixture-api.js';
import { INTERNALS } from '../test/fixtures/internals.js';

describe('hostile requests', () => {
  // Two requests per minute on each expensive route, so the rate limits can be seen without sending hundreds.
  const api = useFixtureApi([PHONE_CALL, DRONE_DEAL], { expensiveRatePerMinute: 2 });

  const send = async (path: string, init?: RequestInit) => {
    const response = await fetch(api.url + path, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: text.startsWith('{') ? JSON.parse(text) : null };
  };
  const postRaw = (body: BodyInit, contentType?: string, headers: Record<string, string> = {}) =>
    send('/api/cypher', { method: 'POST', headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers }, body });

  it.each([
    ['malformed JSON', () => postRaw('{"query": ', 'application/json'), 400, /not a JSON object/],
    ['a JSON string instead of an object', () => postRaw('"RETURN 1"', 'application/json'), 400, /JSON object/],
    ['an array where the query string belongs', () => postRaw('{"query": ["RETURN 1"]}', 'application/json'), 400, /query: expecting the Cypher text as a string/],
    ['a number too large for a double', () => postRaw('{"query": "RETURN 1", "timeoutMs": 1e400}', 'application/json'), 400, /timeoutMs/],
    ['the query hidden behind __proto__', () => postRaw('{"__proto__": {"query": "RETURN 1"}}', 'application/json'), 400, /query/],
    ['a parameter named constructor', () => postRaw('{"query": "RETURN $constructor", "params": {"constructor": 1}}', 'application/json'), 400, /constructor/],
    ['a plain-text body', () => postRaw('RETURN 1', 'text/plain'), 400, /Content-Type: application\/json, got text\/plain/],
    ['a form body', () => postRaw('query=RETURN+1', 'application/x-www-form-urlencoded'), 400, /Content-Type: application\/json/],
    ['binary bytes without a content type', () => postRaw(new Uint8Array([0xff, 0xfe, 0x00, 0x01]), undefined), 400, /no Content-Type/],
    ['a body over the 1 MB limit', () => postRaw(JSON.stringify({ query: 'x'.repeat(1_200_000) }), 'application/json'), 413, /more than the 1048576-byte limit/],
    ['an unsupported charset', () => postRaw('{}', 'application/json; charset=latin9'), 415, /charset/],
    ['a body that claims compression it lacks', () => postRaw('{}', 'application/json', { 'content-encoding': 'gzip' }), 400, /refused/],
    ['a broken percent-encoding in the path', () => send('/api/entities/%E0%A4%A'), 400, /percent-encoding/],
    ['a broken percent-encoding in a neighbourhood path', () => send('/api/entities/%E0%A4%A/neighbors'), 400, /percent-encoding/],
    ['a repeated query parameter', () => send('/api/search?q=a&q=b'), 400, /q:/],
    ['a huge number', () => send('/api/search?limit=99999999999999999999999'), 400, /limit/],
    ['an infinite number', () => send('/api/articles?limit=1e400'), 400, /limit/],
    // A page this deep once reached Kùzu as ORDER BY … SKIP, which crashed the process.
    ['an article page beyond the deepest one', () => send('/api/articles?offset=1053408679'), 400, /offset: expecting at most 10000/],
    ['an array where an id belongs', () => send('/api/evidence?subject[]=a&object=b'), 400, /subject/],
    // Node's HTTP parser refuses it before Express: its own answer had an empty body.
    ['a URL longer than the 16 KB header limit', () => send(`/api/search?q=${'%F0%9F%98%80'.repeat(2000)}`), 431, /shorten the URL/],
  ])('answers %s with a clear 4xx and no internals', async (_what, request, status, message) => {
    const answer = await request();
    expect(answer.status).toBe(status);
    expect(answer.body.error.id).toBe('invalid_argument');
    expect(answer.body.error.message).toMatch(message);
    expect(answer.text).not.toMatch(INTERNALS);
  });

  it.each(['/api/search?__proto__[polluted]=1&q=putin', '/api/search?constructor[prototype][polluted]=1&q=putin', '/api/search?q=putin&hasOwnProperty=1'])(
    'ignores prototype-pollution keys in %s and pollutes nothing',
    async (path) => {
      const answer = await send(path);
      expect(answer.status).toBe(200);
      expect(answer.body.results.map((entity: { name: string }) => entity.name)).toEqual(['Vladimir Putin']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('looks up a path-traversal id as an id, finding nothing', async () => {
    const answer = await send('/api/articles/..%2F..%2Fetc%2Fpasswd');
    expect(answer.status).toBe(404);
    expect(answer.body.error.id).toBe('not_found');
  });

  it('sends a content security policy that allows no inline or injected script, and the other protective headers', async () => {
    const { headers } = await send('/api/health');
    const csp = headers.get('content-security-policy') ?? '';
    const directive = (name: string) => csp.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? '';
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('script-src-attr')).toBe("script-src-attr 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('script-src')).not.toMatch(/unsafe/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it.each([
    ['/api/paths', '/api/paths?from=person-vladimir-putin&to=country-iran'],
    ['/api/trace', '/api/trace?entity=person-vladimir-putin&depth=2'],
    ['/api/timeline', '/api/timeline'],
    ['/api/entities/:id/neighbors with depth > 1', '/api/entities/person-vladimir-putin/neighbors?depth=2'],
  ])('limits %s per address: past the budget it answers 429 rate_limited saying when to retry', async (route, path) => {
    expect((await send(path)).status).toBe(200);
    expect((await send(path)).status).toBe(200);
    const third = await send(path);
    expect(third.status).toBe(429);
    expect(third.body.error.id).toBe('rate_limited');
    expect(third.body.error.message).toContain(route);
    expect(third.body.error.message).toMatch(/Retry in \d+ s, or raise NEWSGRAPH_EXPENSIVE_RATE_LIMIT/);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('does not count direct neighbourhoods, which every click asks for, against the expensive-route budget', async () => {
    for (let request = 0; request < 4; request++) {
      expect((await send('/api/entities/person-vladimir-putin/neighbors?depth=1')).status).toBe(200);
    }
  });
});
