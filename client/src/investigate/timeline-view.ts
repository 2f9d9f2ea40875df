// The relationship timeline: every dated statement between two entities, newest first.

import type { EntitySummary, GraphNode } from '../../../core/model.js';
import { api } from '../api-client.js';
import { el } from '../dom.js';
import type { ExplorerActions } from '../explorer-actions.js';
import { plural } from '../format.js';
import { emptyBlock, loadInto } from '../panel-states.js';
import { evidenceLines } from './evidence-lines.js';

/** Renders the timeline between `a` and `b`, loading it under `signal`. */
export function timelineView(a: EntitySummary, b: EntitySummary, actions: ExplorerActions, signal: AbortSignal): HTMLElement {
  const nodes = new Map<string, GraphNode>([[a.id, a], [b.id, b]]);
  const body = el('div', { attrs: { 'data-testid': 'relationship-timeline' } });
  void loadInto(
    body,
    signal,
    'Loading what was said between them…',
    (s) => api.relationship(a.id, b.id, s),
    (evidence) =>
      evidence.length > 0
        ? el('div', {}, el('p', { className: 'small muted' }, `${plural(evidence.length, 'statement')}, newest first.`), evidenceLines(evidence, nodes, actions))
        : emptyBlock('Nothing stated between them', `No sentence relates ${a.name} and ${b.name}; they may only be mentioned in the same articles.`),
    'Could not load the timeline',
  );
  return el('div', { className: 'timeline-view' }, el('h2', { className: 'investigate-title' }, `${a.name} and ${b.name}`), body);
}
