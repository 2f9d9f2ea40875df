// The "Narrow the trace" form: depth, same-article mentions, relation kinds, contact types and dates; applying re-runs the trace.

import type { EntitySummary, EntityType, Predicate } from '../../../core/model.js';
import { ENTITY_TYPES, PREDICATE_NAMES } from '../../../core/vocabulary.js';
import { el } from '../dom.js';
import { predicateLabel } from '../format.js';
import { ENTITY_STYLES } from '../graph-styles.js';
import { DEPTHS } from '../state-store.js';
import type { InvestigateActions } from './investigate-actions.js';
import { DEFAULT_TRACE, type TraceSettings } from './investigation.js';

/** How many filters differ from the defaults, for the summary line. */
function narrowedBy(settings: TraceSettings): number {
  return [settings.predicates.length > 0, settings.types.length > 0, settings.from !== null, settings.to !== null].filter(Boolean).length;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return el('label', { className: 'trace-filter-field' }, el('span', { className: 'toolbar-label' }, label), control);
}

/** Renders the form for a trace of `entity` run with `settings`. */
export function traceFilters(entity: EntitySummary, settings: TraceSettings, investigate: InvestigateActions): HTMLElement {
  const depth = el('select', { className: 'select', attrs: { 'data-testid': 'trace-filter-depth' } }, ...DEPTHS.map((value) => el('option', { attrs: { value, selected: value === settings.depth } }, value === 1 ? '1 hop' : `${value} hops`)));
  const coMentions = el('input', { attrs: { type: 'checkbox', 'data-testid': 'trace-filter-co-mentions', checked: settings.includeCoMentions } });
  const predicates = el(
    'select',
    { className: 'select trace-filter-list', attrs: { multiple: true, size: 6, 'data-testid': 'trace-filter-predicates' } },
    ...PREDICATE_NAMES.map((name) => el('option', { attrs: { value: name, selected: settings.predicates.includes(name) } }, predicateLabel(name))),
  );
  const types = ENTITY_TYPES.map((type) => el('input', { attrs: { type: 'checkbox', value: type, checked: settings.types.includes(type), 'data-testid': `trace-filter-type-${type}` } }));
  const from = el('input', { className: 'input', attrs: { type: 'date', value: settings.from ?? '', 'data-testid': 'trace-filter-from' } });
  const to = el('input', { className: 'input', attrs: { type: 'date', value: settings.to ?? '', 'data-testid': 'trace-filter-to' } });
  const problem = el('p', { className: 'small', attrs: { role: 'alert' } });

  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (from.value && to.value && from.value > to.value) {
      problem.textContent = 'The start date is after the end date: swap them or clear one.';
      return;
    }
    void investigate.trace(entity, {
      depth: Number(depth.value),
      includeCoMentions: coMentions.checked,
      predicates: [...predicates.selectedOptions].map((option) => option.value as Predicate),
      types: types.filter((box) => box.checked).map((box) => box.value as EntityType),
      from: from.value || null,
      to: to.value || null,
    });
  };
  const narrowed = narrowedBy(settings);
  return el(
    'details',
    { className: 'trace-filters', attrs: { 'data-testid': 'trace-filters', open: narrowed > 0 } },
    el('summary', {}, narrowed > 0 ? `Narrowed by ${narrowed} filter${narrowed === 1 ? '' : 's'}` : 'Narrow the trace'),
    el(
      'form',
      { className: 'trace-filter-form', on: { submit } },
      el('div', { className: 'trace-filter-row' }, field('Depth', depth), el('label', { className: 'small investigate-toggle' }, coMentions, ' Same-article mentions')),
      field('Relations (none picked: all)', predicates),
      el(
        'fieldset',
        { className: 'trace-filter-types' },
        el('legend', { className: 'toolbar-label' }, 'Contact types (none ticked: all)'),
        ...types.map((box, i) => el('label', { className: 'small' }, box, ` ${ENTITY_STYLES[ENTITY_TYPES[i]].label}`)),
      ),
      el('div', { className: 'trace-filter-row' }, field('From', from), field('To', to)),
      el(
        'div',
        { className: 'trace-filter-row' },
        el('button', { className: 'button primary', attrs: { type: 'submit', 'data-testid': 'trace-filter-apply' } }, 'Apply'),
        el('button', { className: 'button ghost', attrs: { type: 'button', 'data-testid': 'trace-filter-reset' }, on: { click: () => void investigate.trace(entity, { ...DEFAULT_TRACE, depth: settings.depth }) } }, 'Reset'),
      ),
      problem,
    ),
  );
}
