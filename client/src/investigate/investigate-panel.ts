// The investigation panel beside the canvas: the open trace, connection, relationship timeline or what's new, with a close button.

import type { EntitySummary } from '../../../core/model.js';
import { el, replaceChildren } from '../dom.js';
import type { ExplorerActions } from '../explorer-actions.js';
import { createSearchBox } from '../search-box.js';
import type { ExplorerState, StateStore } from '../state-store.js';
import { connectView, type ConnectTarget } from './connect-view.js';
import type { InvestigateActions } from './investigate-actions.js';
import { timelineView } from './timeline-view.js';
import { traceView } from './trace-view.js';
import { whatsNewView } from './whats-new-view.js';

/** Builds the panel bound to a store; it is hidden while no investigation is open. */
export function createInvestigatePanel(store: StateStore, actions: ExplorerActions, investigate: InvestigateActions): HTMLElement {
  const body = el('div', { className: 'investigate-body' });
  const root = el(
    'aside',
    { className: 'investigate-panel', attrs: { 'data-testid': 'investigate-panel', 'aria-label': 'Investigation', hidden: true } },
    el('button', { className: 'button ghost investigate-close', attrs: { type: 'button', title: 'Close the investigation', 'data-testid': 'investigate-close' }, on: { click: investigate.close } }, '×'),
    body,
  );
  // One search box for the connect form's second entity, kept across renders: each box listens for "/" on the document.
  let chosen: EntitySummary | null = null;
  const target: ConnectTarget = { element: createSearchBox({ onChoose: (entity) => (chosen = entity), idPrefix: 'connect-search', label: 'Entity to connect to', slashFocus: false }), chosen: () => chosen };
  let shown: ExplorerState['investigation'] = null;
  let controller = new AbortController();

  function render(state: ExplorerState): void {
    const investigation = state.investigation;
    if (investigation === shown) return;
    if (investigation?.kind !== 'connect' || shown?.kind !== 'connect' || investigation.from.id !== shown.from.id) chosen = investigation?.kind === 'connect' ? investigation.to : null;
    shown = investigation;
    controller.abort();
    controller = new AbortController();
    root.hidden = investigation === null;
    if (investigation === null) return replaceChildren(body);
    if (investigation.kind === 'trace') replaceChildren(body, traceView(investigation, actions, investigate));
    else if (investigation.kind === 'whats-new') replaceChildren(body, whatsNewView(investigation, actions, investigate));
    else if (investigation.kind === 'connect') replaceChildren(body, connectView(investigation, target, actions, investigate));
    else replaceChildren(body, timelineView(investigation.a, investigation.b, actions, controller.signal));
  }

  render(store.get());
  store.subscribe(render);
  return root;
}
