// Web worker that lints Cypher with Neo4j's parser and semantic analysis, off the main thread (a first run takes about a second).

import { lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import type { LintFinding } from './lint-diagnostics.js';

/** A request to the worker: lint `query` against `schema`; the answer carries the same `id`. */
export interface LintRequest {
  id: number;
  query: string;
  schema: DbSchema;
}

export interface LintResponse {
  id: number;
  findings: LintFinding[];
}

self.onmessage = (event: MessageEvent<LintRequest>) => {
  const { id, query, schema } = event.data;
  const { diagnostics } = lintCypherQuery(query, schema);
  const findings: LintFinding[] = diagnostics.map((diagnostic) => ({
    from: diagnostic.offsets.start,
    to: diagnostic.offsets.end,
    severity: diagnostic.severity ?? 1,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
  }));
  self.postMessage({ id, findings } satisfies LintResponse);
};
