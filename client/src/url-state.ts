// The shareable part of the explorer's state as a URL query string: parse and serialise, never throwing on a bad URL.

import type { EntityType, Predicate, RelationGroup } from '../../core/model.js';
import { ENTITY_TYPES, isEntityType, isPredicate, RELATION_GROUPS } from '../../core/vocabulary.js';
import { INVESTIGATION_PARAMS, parseUrlInvestigation, sameUrlInvestigation, urlInvestigationOf, writeUrlInvestigation, type UrlInvestigation } from './investigate/investigation-url.js';
import { LAYOUTS } from './layouts.js';
import { isoDate, listParam, usableValue } from './url-values.js';
import { DEPTHS, initialState, type AppMode, type Depth, type ExplorerState, type Selection } from './state-store.js';

/** One replayable change of the drawn graph after the focus was drawn. */
export interface UrlStep {
  kind: 'expand' | 'collapse';
  id: string;
}

/** Everything the URL records: enough to draw the same view again. */
export interface UrlState {
  mode: AppMode;
  focusId: string | null;
  depth: Depth;
  layoutName: string;
  selection: Selection;
  /** Expansions ("show more" is a repeated expansion) and collapses, in order. */
  steps: UrlStep[];
  hiddenIds: string[];
  hiddenTypes: Set<EntityType>;
  hiddenGroups: Set<RelationGroup>;
  hiddenPredicates: Set<Predicate>;
  dateFrom: string | null;
  dateTo: string | null;
  minArticles: number;
  sources: Set<string>;
  /** The investigation open beside the canvas, when there is one. */
  investigation: UrlInvestigation | null;
}

/** Query parameter names, one per field; other parameters (like `debug`) are left alone. */
const PARAM = {
  mode: 'mode',
  focus: 'focus',
  depth: 'depth',
  layout: 'layout',
  selection: 'sel',
  expand: 'expand',
  collapse: 'collapse',
  hide: 'hide',
  hiddenTypes: 'hideTypes',
  hiddenGroups: 'hideGroups',
  hiddenPredicates: 'hidePredicates',
  dateFrom: 'from',
  dateTo: 'to',
  minArticles: 'minArticles',
  source: 'source',
} as const;

const OWN_PARAMS = new Set<string>([...Object.values(PARAM), ...INVESTIGATION_PARAMS]);
/** Steps replayed at most: each is a request to the server. */
const MAX_STEPS = 50;

/** The URL state of a fresh explorer. */
export function defaultUrlState(): UrlState {
  const initial = initialState();
  return {
    mode: initial.mode,
    focusId: null,
    depth: initial.depth,
    layoutName: initial.layoutName,
    selection: null,
    steps: [],
    hiddenIds: [],
    hiddenTypes: new Set(),
    hiddenGroups: new Set(),
    hiddenPredicates: new Set(),
    dateFrom: null,
    dateTo: null,
    minArticles: initial.minArticles,
    sources: new Set(),
    investigation: null,
  };
}

/** The URL state of an explorer state. */
export function urlStateOf(state: ExplorerState): UrlState {
  return {
    mode: state.mode,
    focusId: state.focusId,
    depth: state.depth,
    layoutName: state.layoutName,
    selection: state.selection,
    steps: state.history.map((step) => ({ kind: step.kind, id: step.anchorId })),
    hiddenIds: [...state.hiddenIds],
    hiddenTypes: new Set(state.hiddenTypes),
    hiddenGroups: new Set(state.hiddenGroups),
    hiddenPredicates: new Set(state.hiddenPredicates),
    dateFrom: state.dateFrom,
    dateTo: state.dateTo,
    minArticles: state.minArticles,
    sources: new Set(state.sources),
    investigation: urlInvestigationOf(state.investigation),
  };
}

function parseSelection(value: string | null): Selection {
  const match = usableValue(value)?.match(/^(node|edge):(.+)$/);
  return match ? { kind: match[1] as 'node' | 'edge', id: match[2] } : null;
}

/**
 * Reads the URL state from a query string (`location.search`). Unknown, malformed or out-of-range
 * values are ignored in favour of the defaults: a bad link opens the explorer, never an error.
 */
export function parseUrlState(search: string): UrlState {
  const state = defaultUrlState();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return state;
  }
  if (params.get(PARAM.mode) === 'console') state.mode = 'console';
  state.focusId = usableValue(params.get(PARAM.focus));
  const depth = Number(params.get(PARAM.depth));
  if ((DEPTHS as readonly number[]).includes(depth)) state.depth = depth as Depth;
  const layout = params.get(PARAM.layout);
  if (LAYOUTS.some((spec) => spec.name === layout)) state.layoutName = layout!;
  state.selection = parseSelection(params.get(PARAM.selection));
  if (state.focusId) {
    for (const [name, value] of params) {
      if ((name === PARAM.expand || name === PARAM.collapse) && usableValue(value) && state.steps.length < MAX_STEPS) {
        state.steps.push({ kind: name === PARAM.expand ? 'expand' : 'collapse', id: value });
      }
    }
    state.hiddenIds = params.getAll(PARAM.hide).filter((id) => usableValue(id) !== null);
  }
  state.hiddenTypes = listParam(params, PARAM.hiddenTypes, isEntityType);
  state.hiddenGroups = listParam(params, PARAM.hiddenGroups, (value): value is RelationGroup => (RELATION_GROUPS as readonly string[]).includes(value));
  state.hiddenPredicates = listParam(params, PARAM.hiddenPredicates, isPredicate);
  state.dateFrom = isoDate(params.get(PARAM.dateFrom));
  state.dateTo = isoDate(params.get(PARAM.dateTo));
  if (state.dateFrom && state.dateTo && state.dateFrom > state.dateTo) [state.dateFrom, state.dateTo] = [null, null];
  const minArticles = Number(params.get(PARAM.minArticles));
  if (Number.isInteger(minArticles) && minArticles >= 1 && minArticles <= 10_000) state.minArticles = minArticles;
  state.sources = new Set(params.getAll(PARAM.source).filter((source) => usableValue(source) !== null));
  state.investigation = parseUrlInvestigation(params);
  return state;
}

/**
 * Writes the URL state as a query string ("?…", or "" when everything is at its default), keeping
 * the parameters of `current` that are not the explorer's own (like `debug`).
 */
export function serializeUrlState(state: UrlState, current = ''): string {
  const defaults = defaultUrlState();
  const params = new URLSearchParams([...new URLSearchParams(current)].filter(([name]) => !OWN_PARAMS.has(name)));
  if (state.mode !== defaults.mode) params.set(PARAM.mode, state.mode);
  if (state.focusId) params.set(PARAM.focus, state.focusId);
  if (state.depth !== defaults.depth) params.set(PARAM.depth, String(state.depth));
  if (state.layoutName !== defaults.layoutName) params.set(PARAM.layout, state.layoutName);
  if (state.selection) params.set(PARAM.selection, `${state.selection.kind}:${state.selection.id}`);
  if (state.focusId) {
    for (const step of state.steps) params.append(step.kind === 'expand' ? PARAM.expand : PARAM.collapse, step.id);
    for (const id of state.hiddenIds) params.append(PARAM.hide, id);
  }
  // Sorted, so the same filters always give the same URL.
  if (state.hiddenTypes.size > 0) params.set(PARAM.hiddenTypes, ENTITY_TYPES.filter((type) => state.hiddenTypes.has(type)).join(','));
  if (state.hiddenGroups.size > 0) params.set(PARAM.hiddenGroups, RELATION_GROUPS.filter((group) => state.hiddenGroups.has(group)).join(','));
  if (state.hiddenPredicates.size > 0) params.set(PARAM.hiddenPredicates, [...state.hiddenPredicates].sort().join(','));
  if (state.dateFrom) params.set(PARAM.dateFrom, state.dateFrom);
  if (state.dateTo) params.set(PARAM.dateTo, state.dateTo);
  if (state.minArticles !== defaults.minArticles) params.set(PARAM.minArticles, String(state.minArticles));
  for (const source of [...state.sources].sort()) params.append(PARAM.source, source);
  if (state.investigation) writeUrlInvestigation(state.investigation, params);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when going from `a` to `b` changes what is drawn (a new history entry), not only how it is seen. */
export function isMeaningfulChange(a: UrlState, b: UrlState): boolean {
  return (
    a.mode !== b.mode ||
    a.focusId !== b.focusId ||
    a.depth !== b.depth ||
    a.steps.length !== b.steps.length ||
    a.steps.some((step, index) => step.kind !== b.steps[index].kind || step.id !== b.steps[index].id) ||
    !sameUrlInvestigation(a.investigation, b.investigation)
  );
}
