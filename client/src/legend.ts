// The canvas legend: entity types and relation groups, each a toggle that hides or shows them.

import { ENTITY_TYPES, RELATION_GROUPS } from '../../core/vocabulary.js';
import { el } from './dom.js';
import { entityIcon } from './entity-badge.js';
import { ENTITY_STYLES, RELATION_GROUP_STYLES } from './graph-styles.js';
import { toggled, type ExplorerState, type StateStore } from './state-store.js';

/** Builds the legend bound to a store; only types and groups present on the canvas are listed. */
export function createLegend(store: StateStore): HTMLElement {
  const types = el('ul', { className: 'legend-list' });
  const groups = el('ul', { className: 'legend-list' });
  const root = el(
    'section',
    { className: 'legend', attrs: { 'aria-label': 'Legend and filters', hidden: true } },
    el('div', { className: 'legend-row' }, el('h2', { className: 'legend-title' }, 'Entities'), types),
    el('div', { className: 'legend-row' }, el('h2', { className: 'legend-title' }, 'Relations'), groups),
  );

  function toggle(label: string, icon: Element, hidden: boolean, onToggle: () => void): HTMLElement {
    return el(
      'li',
      {},
      el(
        'button',
        { className: 'legend-item', attrs: { type: 'button', 'aria-pressed': String(!hidden), title: hidden ? `Show ${label}` : `Hide ${label}` }, on: { click: onToggle } },
        icon,
        label,
      ),
    );
  }

  let shownVersion = -1;
  let shownFilters: unknown[] = [];
  function render(state: ExplorerState): void {
    if (state.graphVersion === shownVersion && shownFilters[0] === state.hiddenTypes && shownFilters[1] === state.hiddenGroups) return;
    shownVersion = state.graphVersion;
    shownFilters = [state.hiddenTypes, state.hiddenGroups];
    const presentTypes = new Set([...state.graph.nodes.values()].map((node) => node.type));
    const presentGroups = new Set([...state.graph.edges.values()].map((edge) => edge.group));
    root.hidden = presentTypes.size === 0;
    types.replaceChildren(
      ...ENTITY_TYPES.filter((type) => presentTypes.has(type)).map((type) =>
        toggle(ENTITY_STYLES[type].label, entityIcon(type), state.hiddenTypes.has(type), () => store.update({ hiddenTypes: toggled(store.get().hiddenTypes, type) })),
      ),
    );
    groups.replaceChildren(
      ...RELATION_GROUPS.filter((group) => presentGroups.has(group)).map((group) =>
        toggle(
          RELATION_GROUP_STYLES[group].label,
          el('span', { className: `legend-line ${RELATION_GROUP_STYLES[group].line}`, style: { '--group-color': RELATION_GROUP_STYLES[group].color } }),
          state.hiddenGroups.has(group),
          () => store.update({ hiddenGroups: toggled(store.get().hiddenGroups, group) }),
        ),
      ),
    );
  }

  render(store.get());
  store.subscribe(render);
  return root;
}
