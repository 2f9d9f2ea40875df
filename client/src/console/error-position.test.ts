// Tests of finding where a failed query went wrong, so the editor can mark it.

import { errorOffset } from './error-position.js';

const QUERY = 'MATCH (n:Entity)\nRETRN n';

describe('the position of an engine error', () => {
  it('uses the offset or line and column the server sends in the details', () => {
    expect(errorOffset(QUERY, { message: 'Invalid input', details: { position: { offset: 17 } } })).toBe(17);
    expect(errorOffset(QUERY, { message: 'Invalid input', details: { position: { line: 2, column: 3 } } })).toBe(19);
  });

  it('reads the line and 0-based column Kùzu writes into its parser message', () => {
    const message = 'query: Parser exception: Invalid input <MATCH (n:Entity)\nRETRN>: expected rule oC_SingleQuery (line: 2, offset: 0)\n"RETRN n"';
    expect(QUERY.slice(errorOffset(QUERY, { message }) ?? -1)).toBe('RETRN n');
  });

  it('reads the offset Neo4j writes into its syntax error', () => {
    const message = "Invalid input 'RETRN': expected 'RETURN' (line 2, column 1 (offset: 17))";
    expect(errorOffset(QUERY, { message })).toBe(17);
  });

  it('gives no position when the error carries none, or one outside the query', () => {
    expect(errorOffset(QUERY, { message: 'Binder exception: Table Entiti does not exist.' })).toBeNull();
    expect(errorOffset(QUERY, { message: 'x', details: { position: { line: 9, column: 1 } } })).toBeNull();
  });
});
