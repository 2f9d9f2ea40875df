// Tests of the lint underlines shown in the Cypher editor.

import { KUZU_NOTE, toEditorDiagnostics } from './lint-diagnostics.js';

const SYNTAX_ERROR = { from: 14, to: 22, severity: 1, message: "Invalid input 'SHORTEST'" };
const UNKNOWN_LABEL = { from: 9, to: 15, severity: 2, message: 'Label Entiti is not present in the database.' };

describe('lint underlines', () => {
  it('shows Neo4j syntax errors as errors when the store is Neo4j', () => {
    expect(toEditorDiagnostics([SYNTAX_ERROR, UNKNOWN_LABEL], 'neo4j', 40)).toEqual([
      { from: 14, to: 22, severity: 'error', message: "Invalid input 'SHORTEST'" },
      { from: 9, to: 15, severity: 'warning', message: 'Label Entiti is not present in the database.' },
    ]);
  });

  it('shows them as warnings that name the dialect difference when the store is Kùzu', () => {
    const [diagnostic] = toEditorDiagnostics([SYNTAX_ERROR], 'kuzu', 40);
    expect(diagnostic?.severity).toBe('warning');
    expect(diagnostic?.message).toContain(KUZU_NOTE);
  });

  it('keeps an underline inside the text even when the linter points past its end', () => {
    expect(toEditorDiagnostics([{ from: 30, to: 45, severity: 1, message: 'Unexpected end' }], 'neo4j', 26)[0]).toMatchObject({ from: 26, to: 26 });
  });
});
