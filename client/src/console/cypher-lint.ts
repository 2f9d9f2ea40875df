// The Cypher editor's linter: sends the query to the lint worker and underlines what Neo4j's parser reports.

import { linter, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import type { DbSchema } from '@neo4j-cypher/language-support';
import type { StoreSchema } from '../../../core/model.js';
import type { LintRequest, LintResponse } from './cypher-lint-worker.js';
import { toEditorDiagnostics } from './lint-diagnostics.js';

/** What the linter needs to know about the store, read on every run so a late schema takes effect. */
export interface LintContext {
  schema(): DbSchema;
  store(): StoreSchema['store'];
}

/** A CodeMirror linter backed by one worker; only the answer to the newest request is used. */
export function cypherLint(context: LintContext): Extension {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, (findings: LintResponse['findings']) => void>();

  function ensureWorker(): Worker {
    if (worker) return worker;
    worker = new Worker(new URL('./cypher-lint-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LintResponse>) => {
      pending.get(event.data.id)?.(event.data.findings);
      pending.delete(event.data.id);
    };
    // A worker that fails to load leaves the editor without underlines, never stuck waiting.
    worker.onerror = () => {
      for (const resolve of pending.values()) resolve([]);
      pending.clear();
    };
    return worker;
  }

  return linter(
    async (view): Promise<Diagnostic[]> => {
      const query = view.state.doc.toString();
      if (!query.trim()) return [];
      const id = ++nextId;
      // An older request still waiting is superseded: answer it with nothing.
      for (const [waiting, resolve] of pending) if (waiting < id) resolve([]);
      pending.clear();
      const findings = await new Promise<LintResponse['findings']>((resolve) => {
        pending.set(id, resolve);
        ensureWorker().postMessage({ id, query, schema: context.schema() } satisfies LintRequest);
      });
      return toEditorDiagnostics(findings, context.store(), view.state.doc.length);
    },
    { delay: 400 },
  );
}
