// Tests of exporting console results as CSV and JSON, and of how result values read in one line.

import Papa from 'papaparse';
import type { QueryResult } from '../../../core/model.js';
import { resultToCsv, resultToJson } from './result-export.js';
import { valueText } from './result-values.js';

const PUTIN = { _id: 'Entity:0', _label: 'Entity', id: 'person:vladimir-putin', name: 'Vladimir Putin', type: 'PERSON' };
const CALL = { _id: 'SPOKE_WITH:4', _src: 'Entity:0', _dst: 'Entity:7', _label: 'SPOKE_WITH', verb: 'called' };

const RESULT: QueryResult = {
  columns: ['name', 'p', 'r', 'articles'],
  rows: [
    { name: 'Vladimir Putin', p: PUTIN, r: CALL, articles: 3 },
    { name: 'Raisi, Ebrahim "the cleric"', p: null, r: null, articles: 1 },
    { name: '=HYPERLINK("http://evil")', p: null, r: null, articles: 0 },
  ],
  graph: { nodes: [], edges: [], truncated: false },
  summary: { rowCount: 3, truncated: false, elapsedMs: 12, store: 'kuzu' },
};

describe('CSV export', () => {
  const lines = resultToCsv(RESULT).split('\n');

  it('starts with the columns and has one line per row', () => {
    expect(lines[0]).toBe('name,p,r,articles');
    expect(lines).toHaveLength(4);
  });

  it('writes nodes and relationships as JSON, and nulls as empty fields, quoting where needed', () => {
    const [, first, second] = Papa.parse<string[]>(resultToCsv(RESULT)).data;
    expect(first?.[0]).toBe('Vladimir Putin');
    expect(JSON.parse(first?.[1] ?? '')).toEqual(PUTIN);
    expect(JSON.parse(first?.[2] ?? '')).toEqual(CALL);
    expect(lines[2]).toBe('"Raisi, Ebrahim ""the cleric""",,,1');
    expect(second).toEqual(['Raisi, Ebrahim "the cleric"', '', '', '1']);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(lines[3]?.startsWith(`"'=HYPERLINK`)).toBe(true);
  });
});

describe('JSON export', () => {
  it('holds the query with the columns, rows and summary', () => {
    const exported = JSON.parse(resultToJson('MATCH (p) RETURN p', RESULT));
    expect(exported).toMatchObject({ query: 'MATCH (p) RETURN p', columns: RESULT.columns, summary: { rowCount: 3 } });
    expect(exported.rows[0].p).toEqual(PUTIN);
  });
});

describe('result values in one line', () => {
  it('shows a node by its label and name, and a relationship by its type', () => {
    expect(valueText(PUTIN)).toBe('(:Entity Vladimir Putin)');
    expect(valueText(CALL)).toBe('[:SPOKE_WITH]');
  });

  it('shows paths by their length, and lists and maps compactly', () => {
    expect(valueText({ _nodes: [PUTIN, PUTIN], _rels: [CALL] })).toBe('path of 2 nodes');
    expect(valueText(['a', 1, null])).toBe('[a, 1, null]');
    expect(valueText({ count: 2, who: PUTIN })).toBe('{count: 2, who: (:Entity Vladimir Putin)}');
  });
});
