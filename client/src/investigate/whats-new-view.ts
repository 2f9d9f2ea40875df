// "What's new": pick a date, list the entities and relations the corpus first mentions on or after it, draw them.

import type { GraphNode } from '../../../core/model.js';
import { el } from '../dom.js';
import { entityIcon } from '../entity-badge.js';
import type { ExplorerActions } from '../explorer-actions.js';
import { formatDate, plural, predicateLabel } from '../format.js';
import { emptyBlock } from '../panel-states.js';
import type { InvestigateActions } from './investigate-actions.js';
import type { Investigation } from './investigation.js';

/** Renders the date form and, once loaded, what is new since that date. */
export function whatsNewView(investigation: Extract<Investigation, { kind: 'whats-new' }>, actions: ExplorerActions, investigate: InvestigateActions): HTMLElement {
  const { since, result } = investigation;
  const date = el('input', { className: 'input', attrs: { type: 'date', value: since, required: true, 'data-testid': 'whats-new-since', 'aria-label': 'First seen on or after' } });
  const form = el(
    'form',
    { className: 'trace-filter-row', on: { submit: (event: SubmitEvent) => (event.preventDefault(), void investigate.whatsNew(date.value)) } },
    el('label', { className: 'trace-filter-field' }, el('span', { className: 'toolbar-label' }, 'Since'), date),
    el('button', { className: 'button primary', attrs: { type: 'submit', 'data-testid': 'whats-new-submit' } }, 'Show'),
  );
  const root = el('div', { className: 'whats-new-view', attrs: { 'data-testid': 'whats-new' } }, el('h2', { className: 'investigate-title' }, "What's new"), form);
  if (!result) return root;

  const nodes = new Map<string, GraphNode>(result.graph.nodes.map((node) => [node.id, node]));
  const entityButton = (node: GraphNode) =>
    el('button', { className: 'entity-link', attrs: { type: 'button' }, on: { click: () => void actions.showEntity(node.id, node.name) } }, entityIcon(node.type), node.name);
  root.append(
    el(
      'p',
      { className: 'small muted', attrs: { 'data-testid': 'whats-new-summary', 'aria-live': 'polite' } },
      `${plural(result.entities.length, 'entity', 'entities')} and ${plural(result.graph.edges.length, 'relation')} first seen since ${formatDate(result.since)}${result.truncated ? ' (the newest shown; narrow the date for the rest)' : ''}.`,
    ),
  );
  if (result.entities.length === 0 && result.graph.edges.length === 0) {
    root.append(emptyBlock('Nothing new', `The corpus says nothing first on or after ${formatDate(result.since)}. Pick an earlier date.`));
    return root;
  }
  if (result.graph.edges.length > 0) {
    root.append(el('button', { className: 'button', attrs: { type: 'button', 'data-testid': 'whats-new-draw' }, on: { click: investigate.drawWhatsNew } }, 'Draw the new relations'));
  }
  root.append(
    el('h3', { className: 'investigate-subtitle' }, 'New entities'),
    el(
      'ul',
      { className: 'whats-new-list' },
      ...result.entities.map((entity) => el('li', { attrs: { 'data-testid': 'whats-new-entity', 'data-date': entity.firstSeen } }, entityButton(entity), el('span', { className: 'small muted' }, ` · first seen ${formatDate(entity.firstSeen)}`))),
    ),
    el('h3', { className: 'investigate-subtitle' }, 'New relations'),
    el(
      'ul',
      { className: 'whats-new-list' },
      ...result.graph.edges.flatMap((edge) => {
        const source = nodes.get(edge.source);
        const target = nodes.get(edge.target);
        if (!source || !target) return [];
        return [
          el(
            'li',
            { attrs: { 'data-testid': 'whats-new-relation', 'data-date': edge.firstDate } },
            entityButton(source),
            el('span', { className: 'relation-predicate' }, ` ${predicateLabel(edge.predicate)} `),
            entityButton(target),
            el('span', { className: 'small muted' }, ` · ${formatDate(edge.firstDate)} `),
            el('button', { className: 'button ghost small', attrs: { type: 'button', 'data-testid': 'timeline-open' }, on: { click: () => investigate.openTimeline(source, target) } }, 'Timeline'),
          ),
        ];
      }),
    ),
  );
  return root;
}
