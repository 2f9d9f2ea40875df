// The filter panel: entity types, predicates by relation group, minimum evidence, sources, a reset, and what is hidden.

import type { EntityType, Predicate, RelationGroup, SourceSummary } from '../../core/model.js';
import { ENTITY_TYPES, PREDICATES, PREDICATE_NAMES, RELATION_GROUPS } from '../../core/vocabulary.js';
import { api } from './api-client.js';
import { el } from './dom.js';
import { entityIcon } from './entity-badge.js';
import { activeFilterCount, clearedFilters, hiddenElements } from './filters.js';
import type { FilterPatch } from './filters-refetch.js';
import { plural, predicateLabel } from './format.js';
import { ENTITY_STYLES, RELATION_GROUP_STYLES } from './graph-styles.js';
import { toggled, type ExplorerState, type StateStore } from './state-store.js';

/** Highest minimum of corroborating articles the input offers. */
const MAX_MIN_ARTICLES = 50;

/** One checkbox with a label; `key` lets focus come back to it after the list is rebuilt. */
function checkbox(options: { key: string; label: string; checked: boolean; onChange: (checked: boolean) => void; testId?: string; value?: string; icon?: Element; count?: number; className?: string }): HTMLElement {
  const input = el('input', {
    attrs: { type: 'checkbox', 'data-focus-key': options.key, 'data-testid': options.testId, value: options.value, checked: options.checked },
    on: { change: () => options.onChange(input.checked) },
  });
  return el(
    'label',
    { className: `filter-option ${options.className ?? ''}` },
    input,
    options.icon ?? null,
    el('span', { className: 'filter-option-label' }, options.label),
    options.count === undefined ? null : el('span', { className: 'count' }, options.count),
  );
}

/**
 * Builds the panel bound to a store. Client-side filters (types, groups, predicates, evidence)
 * apply at once through the display state; `setFilters` also redraws from the server when the
 * sources change. Entity types and relation groups share their state with the legend's toggles.
 */
export function createFilterPanel(store: StateStore, setFilters: (patch: FilterPatch) => void): HTMLElement {
  const badge = el('span', { className: 'filter-badge', attrs: { 'data-testid': 'filter-active-count' } });
  const hiddenCount = el('p', { className: 'filter-hidden small muted', attrs: { 'data-testid': 'filter-hidden-count', 'aria-live': 'polite' } });
  const types = el('div', { className: 'filter-options' });
  const predicates = el('div', { className: 'filter-groups' });
  const minArticles = el('input', {
    className: 'filter-number',
    attrs: { type: 'number', min: 1, max: MAX_MIN_ARTICLES, step: 1, id: 'filter-min-articles', 'data-testid': 'filter-min-articles', value: store.get().minArticles },
    on: {
      input: () => {
        const value = Math.round(Number(minArticles.value));
        if (Number.isFinite(value) && value >= 1 && value <= MAX_MIN_ARTICLES) setFilters({ minArticles: value });
      },
    },
  });
  const sources = el('div', { className: 'filter-options', attrs: { role: 'group', 'aria-label': 'Sources' } }, el('p', { className: 'small muted' }, 'Loading sources…'));
  const reset = el('button', { className: 'button small', attrs: { type: 'button', 'data-testid': 'filter-reset' }, on: { click: () => setFilters(clearedFilters()) } }, 'Reset all filters');

  const root = el(
    'details',
    { className: 'filter-panel', attrs: { 'data-testid': 'filter-panel' } },
    el('summary', { className: 'filter-summary' }, 'Filters', badge),
    el(
      'div',
      { className: 'filter-body' },
      hiddenCount,
      el('fieldset', { className: 'filter-section' }, el('legend', { className: 'filter-heading' }, 'Entity types'), types),
      el('fieldset', { className: 'filter-section' }, el('legend', { className: 'filter-heading' }, 'Relations'), predicates),
      el(
        'div',
        { className: 'filter-section' },
        el('label', { className: 'filter-heading', attrs: { for: 'filter-min-articles' } }, 'At least this many articles per relation'),
        minArticles,
      ),
      el('fieldset', { className: 'filter-section' }, el('legend', { className: 'filter-heading' }, 'Sources'), el('p', { className: 'small muted' }, 'None ticked: every source counts.'), sources),
      reset,
    ),
  );

  let sourceList: SourceSummary[] | null = null;
  api.sources().then(
    (list) => {
      sourceList = list;
      renderSources(store.get());
    },
    (error: Error) => sources.replaceChildren(el('p', { className: 'small muted', attrs: { role: 'alert' } }, `Sources could not be loaded: ${error.message}`)),
  );

  function renderSources(state: ExplorerState): void {
    if (!sourceList) return;
    if (sourceList.length === 0) {
      sources.replaceChildren(el('p', { className: 'small muted' }, 'No article names its source.'));
      return;
    }
    rebuild(
      sources,
      sourceList.map((source) =>
        checkbox({
          key: `source:${source.name}`,
          label: source.name,
          count: source.articleCount,
          testId: 'filter-source',
          value: source.name,
          checked: state.sources.has(source.name),
          onChange: () => setFilters({ sources: toggled(store.get().sources, source.name) }),
        }),
      ),
    );
  }

  function renderTypes(state: ExplorerState): void {
    const counts = new Map<EntityType, number>();
    for (const node of state.graph.nodes.values()) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
    const shown = ENTITY_TYPES.filter((type) => counts.has(type) || state.hiddenTypes.has(type));
    rebuild(
      types,
      shown.length === 0
        ? [el('p', { className: 'small muted' }, 'Draw a neighbourhood to filter its entities.')]
        : shown.map((type) =>
            checkbox({
              key: `type:${type}`,
              label: ENTITY_STYLES[type].label,
              icon: entityIcon(type),
              count: counts.get(type) ?? 0,
              checked: !state.hiddenTypes.has(type),
              onChange: () => setFilters({ hiddenTypes: toggled(store.get().hiddenTypes, type) }),
            }),
          ),
    );
  }

  function renderPredicates(state: ExplorerState): void {
    const counts = new Map<Predicate, number>();
    for (const edge of state.graph.edges.values()) counts.set(edge.predicate, (counts.get(edge.predicate) ?? 0) + 1);
    const present = PREDICATE_NAMES.filter((predicate) => counts.has(predicate) || state.hiddenPredicates.has(predicate));
    const groups = RELATION_GROUPS.filter((group) => present.some((predicate) => PREDICATES[predicate].group === group) || state.hiddenGroups.has(group));
    rebuild(
      predicates,
      groups.length === 0
        ? [el('p', { className: 'small muted' }, 'Draw a neighbourhood to filter its relations.')]
        : groups.map((group: RelationGroup) =>
            el(
              'div',
              { className: 'filter-group', attrs: { role: 'group', 'aria-label': RELATION_GROUP_STYLES[group].label } },
              checkbox({
                key: `group:${group}`,
                label: RELATION_GROUP_STYLES[group].label,
                className: 'filter-group-toggle',
                icon: el('span', { className: `legend-line ${RELATION_GROUP_STYLES[group].line}`, style: { '--group-color': RELATION_GROUP_STYLES[group].color } }),
                checked: !state.hiddenGroups.has(group),
                onChange: () => setFilters({ hiddenGroups: toggled(store.get().hiddenGroups, group) }),
              }),
              ...present
                .filter((predicate) => PREDICATES[predicate].group === group)
                .map((predicate) =>
                  checkbox({
                    key: `predicate:${predicate}`,
                    label: predicateLabel(predicate),
                    className: 'filter-predicate',
                    testId: 'filter-predicate',
                    value: predicate,
                    count: counts.get(predicate) ?? 0,
                    checked: !state.hiddenPredicates.has(predicate) && !state.hiddenGroups.has(group),
                    onChange: () => setFilters({ hiddenPredicates: toggled(store.get().hiddenPredicates, predicate) }),
                  }),
                ),
            ),
          ),
    );
  }

  let shown: unknown[] = [];
  function render(state: ExplorerState): void {
    const inputs = [state.graph, state.hiddenTypes, state.hiddenGroups, state.hiddenPredicates, state.minArticles, state.sources, state.dateFrom, state.dateTo, state.focusId];
    if (inputs.every((value, index) => value === shown[index])) return;
    const graphOrLists = inputs.slice(0, 4).some((value, index) => value !== shown[index]);
    shown = inputs;
    if (graphOrLists) {
      renderTypes(state);
      renderPredicates(state);
    }
    renderSources(state);
    if (document.activeElement !== minArticles) minArticles.value = String(state.minArticles);
    const active = activeFilterCount(state);
    badge.textContent = active > 0 ? `${active} active` : '';
    reset.disabled = active === 0;
    const hidden = hiddenElements(state.graph.nodes.values(), state.graph.edges.values(), state);
    hiddenCount.textContent =
      state.graph.nodes.size === 0
        ? 'Nothing on the canvas yet.'
        : hidden.nodes.size + hidden.edges.size === 0
          ? 'Nothing on the canvas is hidden.'
          : `Hiding ${[
              hidden.nodes.size > 0 ? `${hidden.nodes.size} of ${plural(state.graph.nodes.size, 'entity', 'entities')}` : '',
              hidden.edges.size > 0 ? `${hidden.edges.size} of ${plural(state.graph.edges.size, 'relation')}` : '',
            ]
              .filter(Boolean)
              .join(' and ')}.`;
  }

  render(store.get());
  store.subscribe(render);
  return root;
}

/** Replaces a list's children and puts the keyboard focus back on the control it was on. */
function rebuild(list: HTMLElement, children: Node[]): void {
  const focusKey = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.focusKey : undefined;
  list.replaceChildren(...children);
  if (focusKey) list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
}
