// The console's memory guard: which range() lists and padded strings it counts, how it evaluates their bounds, and what it lets through.

import { maxRangeElements, refuseOverBudget } from './memory-guard.js';

// A 1 MiB budget allows 1,024 elements.
const refuses = (cypher: string, params: Record<string, unknown> = {}) => expect(() => refuseOverBudget(cypher, params, 1)).toThrow(/NEWSGRAPH_QUERY_MEMORY_MB/);
const allows = (cypher: string, params: Record<string, unknown> = {}) => expect(() => refuseOverBudget(cypher, params, 1)).not.toThrow();

describe('refuseOverBudget', () => {
  it('allows about one element per KiB of the budget', () => {
    expect(maxRangeElements(1024)).toBe(1_048_576);
    allows('RETURN range(1, 1024)');
    refuses('RETURN range(1, 1025)');
  });

  it('counts elements with the step, in either direction', () => {
    allows('RETURN range(0, 1000000, 1000)');
    allows('RETURN range(1024, 1, -1)');
    refuses('RETURN range(5000, 1, -1)');
  });

  it('finds a huge range nested inside another call, a list comprehension or another range', () => {
    refuses('RETURN size([x IN range(1, 5000) | x])');
    refuses('UNWIND range(1, size(range(1, 5000))) AS x RETURN x');
  });

  it('evaluates parameters, names bound with WITH … AS, and arithmetic of them', () => {
    refuses('RETURN range(1, $n)', { n: 5000 });
    allows('RETURN range(1, $n)', { n: 10 });
    refuses('WITH 5000 AS n RETURN range(1, n)');
    refuses('WITH 50 AS a, 100 AS b RETURN range(1, a * b)');
    refuses('RETURN range(1, 2 ^ 20)');
    refuses('RETURN range(-(100), (100 + 1) * 10)');
  });

  it('refuses bounds built from text or holding a number beyond the budget, but not bounds read from the data', () => {
    refuses("RETURN range(1, toInteger('300000000'))");
    refuses('MATCH (e:Entity) RETURN range(1, e.articleCount * 300000000)');
    allows('MATCH (e:Entity) RETURN range(1, e.articleCount)');
    allows('MATCH p = (a)-[*1..3]-(b) RETURN range(0, length(p) - 1)');
  });

  it('ignores range inside strings, comments, quoted names and property names', () => {
    allows("RETURN 'range(1, 300000000)' AS text // range(1, 300000000)");
    allows('MATCH (e:Entity) RETURN e.range');
  });

  it('refuses padded and repeated strings longer than the budget has bytes', () => {
    refuses("RETURN lpad('x', 2000000000, 'y')");
    refuses("RETURN rpad('x', $n, 'y')", { n: 2_000_000 });
    refuses("RETURN repeat('abcd', 300000)");
    allows("RETURN lpad('7', 3, '0')");
    allows("RETURN repeat('ab', 1000)");
    allows('MATCH (e:Entity) RETURN lpad(e.name, 40, e.type)');
  });
});
