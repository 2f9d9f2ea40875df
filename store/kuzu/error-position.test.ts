// Positions read from Kùzu parser errors, in Neo4j's shape.

import { kuzuErrorPosition } from './error-position.js';

describe('kuzuErrorPosition', () => {
  it('turns Kùzu’s line and in-line offset into a 1-based line and column and an offset into the whole query', () => {
    const cypher = "MATCH (n:Entity)\n  WHERE n.name = 'x' RETRN n";
    const message = 'Parser exception: Invalid input <…>: expected rule oC_SingleQuery (line: 2, offset: 21)';
    expect(kuzuErrorPosition(message, cypher)).toEqual({ line: 2, column: 22, offset: cypher.indexOf('RETRN') });
  });

  it('gives no position when the message has none', () => {
    expect(kuzuErrorPosition('Binder exception: Table Entty does not exist.', 'MATCH (n:Entty) RETURN n')).toBeUndefined();
  });
});
