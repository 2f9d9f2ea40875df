// Turns Neo4j's lint diagnostics into the editor's, softened on Kùzu, whose Cypher dialect Neo4j's parser does not know.

import type { Diagnostic } from '@codemirror/lint';
import type { StoreSchema } from '../../../core/model.js';

/** What the lint worker sends back for one diagnostic: offsets into the query, LSP severity (1 error … 4 hint). */
export interface LintFinding {
  from: number;
  to: number;
  severity: number;
  message: string;
}

const SEVERITIES: Record<number, Diagnostic['severity']> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** The note added to Neo4j's errors on Kùzu, where valid Kùzu syntax (`* SHORTEST`, `label()`) reads as an error. */
export const KUZU_NOTE = 'Neo4j syntax; Kùzu may accept it. Run the query to see what Kùzu says.';

/**
 * Maps lint findings to CodeMirror diagnostics for a document of `length` characters. On Kùzu,
 * Neo4j's errors become warnings that say so, because the two dialects differ.
 */
export function toEditorDiagnostics(findings: readonly LintFinding[], store: StoreSchema['store'], length: number): Diagnostic[] {
  return findings.map((finding) => {
    const from = Math.min(Math.max(0, finding.from), length);
    const to = Math.min(Math.max(from, finding.to), length);
    const severity = SEVERITIES[finding.severity] ?? 'info';
    if (store === 'kuzu' && severity === 'error') return { from, to, severity: 'warning', message: `${finding.message}\n(${KUZU_NOTE})` };
    return { from, to, severity, message: finding.message };
  });
}
