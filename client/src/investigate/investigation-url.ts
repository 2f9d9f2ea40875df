// The open investigation as URL parameters: which kind, whose, and with which settings; parsed without trusting the link.

import type { EntityType, Predicate } from '../../../core/model.js';
import { ENTITY_TYPES, isEntityType, isPredicate, PREDICATE_NAMES } from '../../../core/vocabulary.js';
import { DEPTHS } from '../state-store.js';
import { integerParam, isoDate, listParam, usableValue } from '../url-values.js';
import { DEFAULT_CONNECT, type ConnectSettings, type Investigation, type TraceSettings } from './investigation.js';

/** What a link records of an investigation: enough to run it again. */
export type UrlInvestigation =
  | { kind: 'trace'; entityId: string; settings: TraceSettings }
  | { kind: 'connect'; fromId: string; toId: string | null; settings: ConnectSettings; pathIndex: number }
  | { kind: 'whats-new'; since: string }
  | { kind: 'timeline'; aId: string; bId: string };

/** Parameter names, all starting with `i` so they never meet the explorer's own. */
const PARAM = {
  kind: 'inv',
  first: 'iid',
  second: 'iid2',
  depth: 'idepth',
  coMentions: 'ico',
  predicates: 'ipred',
  types: 'itypes',
  from: 'ifrom',
  to: 'ito',
  k: 'ik',
  maxLength: 'ilen',
  path: 'ipath',
  since: 'isince',
} as const;

export const INVESTIGATION_PARAMS: readonly string[] = Object.values(PARAM);

/** Most paths and longest path a link may ask for (the API's own bounds). */
const MAX_K = 10;
const MAX_LENGTH = 6;

/** What the URL records of the open investigation (null when none is open). */
export function urlInvestigationOf(investigation: Investigation | null): UrlInvestigation | null {
  switch (investigation?.kind) {
    case 'trace':
      return { kind: 'trace', entityId: investigation.result.entity.id, settings: investigation.settings };
    case 'connect':
      return { kind: 'connect', fromId: investigation.from.id, toId: investigation.result ? investigation.to?.id ?? null : null, settings: investigation.settings, pathIndex: investigation.pathIndex };
    case 'whats-new':
      return { kind: 'whats-new', since: investigation.since };
    case 'timeline':
      return { kind: 'timeline', aId: investigation.a.id, bId: investigation.b.id };
    default:
      return null;
  }
}

/** Reads the investigation from a link's parameters; anything missing or malformed gives null or a default. */
export function parseUrlInvestigation(params: URLSearchParams): UrlInvestigation | null {
  const first = usableValue(params.get(PARAM.first));
  const second = usableValue(params.get(PARAM.second));
  switch (params.get(PARAM.kind)) {
    case 'trace': {
      if (!first) return null;
      const depth = integerParam(params, PARAM.depth, 1, DEPTHS.length) ?? 2;
      let from = isoDate(params.get(PARAM.from));
      let to = isoDate(params.get(PARAM.to));
      if (from && to && from > to) [from, to] = [null, null];
      const predicates = listParam(params, PARAM.predicates, isPredicate);
      const types = listParam(params, PARAM.types, isEntityType);
      return {
        kind: 'trace',
        entityId: first,
        settings: {
          depth,
          includeCoMentions: params.get(PARAM.coMentions) === '1',
          // In vocabulary order, so that the same filters always read back the same.
          predicates: PREDICATE_NAMES.filter((name): name is Predicate => predicates.has(name)),
          types: ENTITY_TYPES.filter((type): type is EntityType => types.has(type)),
          from,
          to,
        },
      };
    }
    case 'connect':
      if (!first) return null;
      return {
        kind: 'connect',
        fromId: first,
        toId: second,
        settings: { k: integerParam(params, PARAM.k, 1, MAX_K) ?? DEFAULT_CONNECT.k, maxLength: integerParam(params, PARAM.maxLength, 1, MAX_LENGTH) ?? DEFAULT_CONNECT.maxLength },
        pathIndex: second ? (integerParam(params, PARAM.path, 0, MAX_K - 1) ?? 0) : 0,
      };
    case 'whats-new': {
      const since = isoDate(params.get(PARAM.since));
      return since ? { kind: 'whats-new', since } : null;
    }
    case 'timeline':
      return first && second ? { kind: 'timeline', aId: first, bId: second } : null;
    default:
      return null;
  }
}

/** Writes the investigation into `params`, leaving settings at their defaults out. */
export function writeUrlInvestigation(investigation: UrlInvestigation, params: URLSearchParams): void {
  params.set(PARAM.kind, investigation.kind);
  switch (investigation.kind) {
    case 'trace': {
      const { settings } = investigation;
      params.set(PARAM.first, investigation.entityId);
      params.set(PARAM.depth, String(settings.depth));
      if (settings.includeCoMentions) params.set(PARAM.coMentions, '1');
      if (settings.predicates.length > 0) params.set(PARAM.predicates, settings.predicates.join(','));
      if (settings.types.length > 0) params.set(PARAM.types, settings.types.join(','));
      if (settings.from) params.set(PARAM.from, settings.from);
      if (settings.to) params.set(PARAM.to, settings.to);
      return;
    }
    case 'connect':
      params.set(PARAM.first, investigation.fromId);
      if (investigation.toId) params.set(PARAM.second, investigation.toId);
      if (investigation.settings.k !== DEFAULT_CONNECT.k) params.set(PARAM.k, String(investigation.settings.k));
      if (investigation.settings.maxLength !== DEFAULT_CONNECT.maxLength) params.set(PARAM.maxLength, String(investigation.settings.maxLength));
      if (investigation.pathIndex > 0) params.set(PARAM.path, String(investigation.pathIndex));
      return;
    case 'whats-new':
      params.set(PARAM.since, investigation.since);
      return;
    case 'timeline':
      params.set(PARAM.first, investigation.aId);
      params.set(PARAM.second, investigation.bId);
  }
}

/** True when both describe the same investigation; stepping to another path of a connection is not a new one. */
export function sameUrlInvestigation(a: UrlInvestigation | null, b: UrlInvestigation | null): boolean {
  const key = (investigation: UrlInvestigation | null) => (investigation?.kind === 'connect' ? JSON.stringify({ ...investigation, pathIndex: 0 }) : JSON.stringify(investigation));
  return key(a) === key(b);
}
