// The row cap pushed into console queries: where a LIMIT is appended and where the query is left alone.

import { withRowCap } from './result-cap.js';

describe('withRowCap', () => {
  it('appends LIMIT one above the cap to a query ending in RETURN, so truncation still shows', () => {
    expect(withRowCap('MATCH (e:Entity) RETURN e.name ORDER BY e.name', 100)).toBe('MATCH (e:Entity) RETURN e.name ORDER BY e.name\nLIMIT 101');
  });

  it('puts the LIMIT before a trailing semicolon or comment, which would otherwise swallow it', () => {
    expect(withRowCap('MATCH (e) RETURN e;  ', 5)).toBe('MATCH (e) RETURN e\nLIMIT 6');
    expect(withRowCap('MATCH (e) RETURN e // all of them', 5)).toBe('MATCH (e) RETURN e\nLIMIT 6');
  });

  it.each([
    ['a query with its own LIMIT', 'MATCH (e) RETURN e SKIP 2 LIMIT 10'],
    ['a query without RETURN', 'CALL show_tables()'],
    ['a RETURN that ends a subquery', 'MATCH (e) WHERE EXISTS { MATCH (e)-[]->(x) RETURN x }'],
  ])('leaves %s unchanged', (_what, cypher) => {
    expect(withRowCap(cypher, 5)).toBe(cypher);
  });

  it('ignores the words RETURN and LIMIT inside strings, comments and quoted names', () => {
    expect(withRowCap("MATCH (e) WHERE e.name <> 'no limit' RETURN e.`limit`", 5)).toBe("MATCH (e) WHERE e.name <> 'no limit' RETURN e.`limit`\nLIMIT 6");
    expect(withRowCap("RETURN 'RETURN x LIMIT 3' AS text", 5)).toBe("RETURN 'RETURN x LIMIT 3' AS text\nLIMIT 6");
    expect(withRowCap("RETURN 'LIMIT'", 5)).toBe("RETURN 'LIMIT'\nLIMIT 6");
  });
});
