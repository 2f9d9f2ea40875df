// The connect view: A, B (searched), k and max length; then the paths found, one at a time, each hop with its sentences.

import type { EntitySummary, GraphNode, PathsResult } from '../../../core/model.js';
import { el } from '../dom.js';
import { entityIcon } from '../entity-badge.js';
import type { ExplorerActions } from '../explorer-actions.js';
import { plural, predicateLabel } from '../format.js';
import { evidenceLines } from './evidence-lines.js';
import type { InvestigateActions } from './investigate-actions.js';
import type { ConnectSettings, Investigation } from './investigation.js';

/** Evidence sentences shown per hop. */
const HOP_EVIDENCE = 2;
const PATH_COUNTS = [1, 2, 3, 5, 10];
const PATH_LENGTHS = [1, 2, 3, 4, 5, 6];

/** The connect form's B end, chosen in a search box made once by the panel. */
export interface ConnectTarget {
  /** The search box element (see search-box.ts). */
  element: HTMLElement;
  chosen(): EntitySummary | null;
}

function numberSelect(label: string, testId: string, values: readonly number[], value: number): [HTMLElement, HTMLSelectElement] {
  const select = el('select', { className: 'select', attrs: { 'data-testid': testId } }, ...values.map((v) => el('option', { attrs: { value: v, selected: v === value } }, String(v))));
  return [el('label', { className: 'toolbar-field' }, el('span', { className: 'toolbar-label' }, label), select), select];
}

function pathView(result: PathsResult, index: number, actions: ExplorerActions, investigate: InvestigateActions): HTMLElement {
  const path = result.paths[index];
  const nodes = new Map<string, GraphNode>(path.nodes.map((node) => [node.id, node]));
  const step = (label: string, testId: string, delta: number): HTMLButtonElement =>
    el('button', { className: 'button', attrs: { type: 'button', 'data-testid': testId, disabled: result.paths.length < 2 }, on: { click: () => investigate.stepPath(delta) } }, label);
  return el(
    'div',
    { className: 'path-view', attrs: { 'data-testid': 'path-view' } },
    el(
      'div',
      { className: 'path-stepper' },
      step('‹ Previous', 'path-previous', -1),
      el('span', { className: 'small', attrs: { 'data-testid': 'path-position', 'aria-live': 'polite' } }, `Path ${index + 1} of ${result.paths.length} · ${plural(path.hops.length, 'hop')}`),
      step('Next ›', 'path-next', 1),
    ),
    el(
      'ol',
      { className: 'path-hops' },
      ...path.hops.map((hop, i) =>
        el(
          'li',
          { className: 'path-hop', attrs: { 'data-testid': 'path-hop' } },
          el(
            'p',
            { className: 'path-hop-title' },
            el('button', { className: 'entity-link', attrs: { type: 'button' }, on: { click: () => actions.select({ kind: 'node', id: path.nodes[i].id }) } }, entityIcon(path.nodes[i].type), path.nodes[i].name),
            el('span', { className: 'relation-predicate' }, ` ${predicateLabel(hop.edge.predicate)} `),
            el('button', { className: 'entity-link', attrs: { type: 'button' }, on: { click: () => actions.select({ kind: 'node', id: path.nodes[i + 1].id }) } }, entityIcon(path.nodes[i + 1].type), path.nodes[i + 1].name),
          ),
          evidenceLines(hop.evidence, nodes, actions, HOP_EVIDENCE),
        ),
      ),
    ),
  );
}

/** Renders the connect form and, once asked, its answer. */
export function connectView(investigation: Extract<Investigation, { kind: 'connect' }>, target: ConnectTarget, actions: ExplorerActions, investigate: InvestigateActions): HTMLElement {
  const { from, result, settings } = investigation;
  const [kField, kSelect] = numberSelect('Paths', 'connect-k', PATH_COUNTS, settings.k);
  const [lengthField, lengthSelect] = numberSelect('Max hops', 'connect-max-length', PATH_LENGTHS, settings.maxLength);
  const problem = el('p', { className: 'small', attrs: { role: 'alert' } });
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const to = target.chosen();
    if (!to) {
      problem.textContent = 'Pick the second entity in the search box first.';
      return;
    }
    const chosen: ConnectSettings = { k: Number(kSelect.value), maxLength: Number(lengthSelect.value) };
    void investigate.connect(from, to, chosen);
  };
  return el(
    'div',
    { className: 'connect-view' },
    el('h2', { className: 'investigate-title' }, `Connect ${from.name}`),
    el(
      'form',
      { className: 'connect-form', attrs: { 'data-testid': 'connect-form' }, on: { submit } },
      el('p', { className: 'small muted' }, 'to'),
      target.element,
      el('div', { className: 'connect-settings' }, kField, lengthField),
      el('button', { className: 'button primary', attrs: { type: 'submit', 'data-testid': 'connect-submit' } }, 'Find paths'),
      problem,
    ),
    result && result.paths.length === 0
      ? el('p', { className: 'connect-message', attrs: { role: 'status', 'data-testid': 'paths-message' } }, result.message ?? `No connection within ${plural(result.maxLength, 'hop')}.`)
      : null,
    result && result.paths.length > 0 ? pathView(result, investigation.pathIndex, actions, investigate) : null,
  );
}
