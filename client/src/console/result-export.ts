// Exports a console result: CSV rows (via papaparse) and a JSON document, and the browser download of either.

import Papa from 'papaparse';
import type { QueryResult } from '../../../core/model.js';

/** A CSV field for one value: scalars as they are, null as empty, nodes, relationships, lists and maps as JSON. */
export function csvField(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

/** The result as CSV: a header of the columns, then one line per row, quoted where needed. */
export function resultToCsv(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  return Papa.unparse(
    { fields: result.columns, data: result.rows.map((row) => result.columns.map((column) => csvField(row[column]))) },
    // Spreadsheet apps run cells that start with = + - @; escape them, the result text comes from articles.
    { escapeFormulae: true, newline: '\n' },
  );
}

/** The result as a JSON document that records the query it answers. */
export function resultToJson(query: string, result: QueryResult): string {
  return JSON.stringify({ query, ...result }, null, 2);
}

/** A file name for an export: `newsgraph-query-2026-11-21T23-40-00.csv`. */
export function exportFileName(extension: 'csv' | 'json', at: Date = new Date()): string {
  return `newsgraph-query-${at.toISOString().slice(0, 19).replace(/:/g, '-')}.${extension}`;
}

/** Hands `text` to the browser as a download named `fileName`. */
export function download(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously; the URL can go on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
