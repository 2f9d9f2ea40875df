// The investigation controls on an entity's details: trace its contacts (depth, same-article mentions) or connect it to another.

import type { EntitySummary } from '../../../core/model.js';
import { el } from '../dom.js';
import { DEPTHS } from '../state-store.js';
import type { InvestigateActions } from './investigate-actions.js';
import { DEFAULT_TRACE } from './investigation.js';

/** Renders the "Trace contacts" and "Connect…" controls for `entity`. */
export function investigateControls(entity: EntitySummary, investigate: InvestigateActions): HTMLElement {
  const depth = el(
    'select',
    { className: 'select', attrs: { 'data-testid': 'trace-depth', 'aria-label': 'Trace depth' } },
    ...DEPTHS.map((value) => el('option', { attrs: { value, selected: value === DEFAULT_TRACE.depth } }, value === 1 ? '1 hop' : `${value} hops`)),
  );
  const coMentions = el('input', { attrs: { type: 'checkbox', 'data-testid': 'trace-co-mentions' } });
  return el(
    'div',
    { className: 'investigate-controls', attrs: { role: 'group', 'aria-label': 'Investigate' } },
    el(
      'div',
      { className: 'investigate-controls-row' },
      el(
        'button',
        {
          className: 'button',
          attrs: { type: 'button', 'data-testid': 'trace-open', title: 'Rank everyone linked to this entity, ring by ring' },
          on: { click: () => void investigate.trace(entity, { ...DEFAULT_TRACE, depth: Number(depth.value), includeCoMentions: coMentions.checked }) },
        },
        'Trace contacts',
      ),
      depth,
      el('button', { className: 'button', attrs: { type: 'button', 'data-testid': 'connect-open', title: 'Find how this entity connects to another' }, on: { click: () => investigate.openConnect(entity) } }, 'Connect…'),
    ),
    el('label', { className: 'small investigate-toggle' }, coMentions, ' Include same-article mentions'),
  );
}
