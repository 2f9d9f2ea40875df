// `newsgraph query "<cypher>"`: run read-only Cypher through the same path as the API; print a table or JSON.

import Table from 'cli-table3';
import type { Command } from 'commander';
import { InvalidArgumentError } from '../../core/errors.js';
import type { QueryResult } from '../../core/model.js';
import { runAction, withStore } from '../run-command.js';

/** Parses repeated `--param name=value` options; values are JSON when they parse, else strings. */
export function collectParam(text: string, params: Record<string, unknown>): Record<string, unknown> {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(text);
  if (!match) throw new InvalidArgumentError(`--param: expecting name=value, got \`${text}\`.`);
  const [, name, raw] = match;
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // A bare word is a string parameter.
  }
  return { ...params, [name]: value };
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  if (typeof record.name === 'string' && record._label) return `(${String(record._label)} ${record.name})`;
  if (record._label && record._src) return `[${String(record._label)}]`;
  const text = JSON.stringify(value);
  return text.length > 80 ? text.slice(0, 77) + '…' : text;
}

/** Renders a query result as a text table with a summary line. */
export function formatTable(result: QueryResult): string {
  // Colours only on a terminal, so piped output stays plain text.
  const style = process.stdout.isTTY ? {} : { style: { head: [], border: [] } };
  const table = new Table({ head: result.columns, wordWrap: true, colWidths: result.columns.map(() => null), ...style });
  for (const row of result.rows) table.push(result.columns.map((column) => cell(row[column])));
  const summary = `${result.summary.rowCount} row(s)${result.summary.truncated ? ' (truncated: raise the row limit or add LIMIT)' : ''} in ${result.summary.elapsedMs} ms`;
  return `${table.toString()}\n${summary}`;
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('Run a read-only Cypher query against the store (writes are refused by the engine).')
    .argument('<cypher>', 'the Cypher query, e.g. "MATCH (e:Entity) RETURN e.name LIMIT 5"')
    .option('--json', 'print {columns, rows, graph, summary} as JSON')
    .option('-p, --param <name=value>', 'a query parameter (repeatable); JSON values are parsed', collectParam, {})
    .option('--timeout <ms>', 'time limit in milliseconds (default NEWSGRAPH_QUERY_TIMEOUT_MS)')
    .option('--limit <rows>', 'row cap (default NEWSGRAPH_QUERY_ROW_LIMIT)')
    .action(
      runAction(async (cypher: string, options: { json?: boolean; param: Record<string, unknown>; timeout?: string; limit?: string }) =>
        withStore(async (store, config) => {
          const timeoutMs = options.timeout === undefined ? config.query.timeoutMs : positive('--timeout', options.timeout);
          const rowLimit = options.limit === undefined ? config.query.rowLimit : positive('--limit', options.limit);
          const result = await store.query(cypher, options.param, { readOnly: true, timeoutMs, rowLimit });
          process.stdout.write((options.json ? JSON.stringify(result, null, 2) : formatTable(result)) + '\n');
        }),
      ),
    );
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new InvalidArgumentError(`${name}: expecting a positive integer, got \`${text}\`.`);
  return value;
}
