// The table view of a Cypher result: one column per returned name, nodes and relationships shown as compact chips.

import { el } from '../dom.js';
import { ENTITY_STYLES } from '../graph-styles.js';
import type { EntityType, QueryResult } from '../../../core/model.js';
import { classifyValue, valueText } from './result-values.js';

function cell(value: unknown): HTMLElement {
  const classified = classifyValue(value);
  const title = typeof value === 'object' && value !== null ? JSON.stringify(value, null, 2) : undefined;
  if (classified.kind === 'node') {
    const style = ENTITY_STYLES[classified.properties.type as EntityType];
    return el(
      'span',
      { className: 'cell-node', attrs: { title }, style: style ? { '--type-color': style.color } : {} },
      // Every entity shares one label; its type says more.
      el('span', { className: 'cell-node-label' }, style?.label ?? classified.label),
      classified.caption,
    );
  }
  if (classified.kind === 'relationship') {
    return el('span', { className: 'cell-relationship', attrs: { title } }, classified.label, classified.caption && el('span', { className: 'muted' }, ` ${classified.caption}`));
  }
  if (classified.kind === 'scalar' && classified.value === null) return el('span', { className: 'cell-null' }, 'null');
  return el('span', { className: classified.kind === 'scalar' ? 'cell-scalar' : 'cell-compound', attrs: { title } }, valueText(value));
}

/** Builds the table of a result; an empty result says so instead of drawing an empty grid. */
export function createResultTable(result: QueryResult): HTMLElement {
  if (result.rows.length === 0) {
    return el('p', { className: 'result-empty', attrs: { 'data-testid': 'result-table' } }, 'The query ran and returned no rows.');
  }
  return el(
    'div',
    { className: 'result-table-scroll', attrs: { 'data-testid': 'result-table', tabindex: 0, role: 'region', 'aria-label': 'Result table' } },
    el(
      'table',
      { className: 'result-table' },
      el('thead', {}, el('tr', {}, el('th', { className: 'row-number', attrs: { scope: 'col' } }, '#'), ...result.columns.map((column) => el('th', { attrs: { scope: 'col' } }, column)))),
      el(
        'tbody',
        {},
        ...result.rows.map((row, index) =>
          el('tr', {}, el('td', { className: 'row-number' }, index + 1), ...result.columns.map((column) => el('td', {}, cell(row[column])))),
        ),
      ),
    ),
  );
}
