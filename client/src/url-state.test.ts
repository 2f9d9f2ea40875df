// Tests of the shareable URL: what a link records, and that a bad link opens the explorer with defaults.

import fc from 'fast-check';
import { ENTITY_TYPES, PREDICATE_NAMES, RELATION_GROUPS } from '../../core/vocabulary.js';
import { LAYOUTS } from './layouts.js';
import { DEPTHS, initialState } from './state-store.js';
import type { UrlInvestigation } from './investigate/investigation-url.js';
import { defaultUrlState, isMeaningfulChange, parseUrlState, serializeUrlState, urlStateOf, type UrlState } from './url-state.js';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9|:@,&=%#?+ -]{0,40}$/);
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const investigation: fc.Arbitrary<UrlInvestigation | null> = fc.option(
  fc.oneof(
    fc.record({
      kind: fc.constant('trace' as const),
      entityId: id,
      settings: fc
        .record({
          depth: fc.constantFrom(...DEPTHS),
          includeCoMentions: fc.boolean(),
          predicates: fc.subarray(PREDICATE_NAMES),
          types: fc.subarray([...ENTITY_TYPES]),
          dates: fc.option(fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
        })
        .map(({ dates, ...rest }) => ({ ...rest, from: dates?.[0] ?? null, to: dates?.[1] ?? null })),
    }),
    fc.record({ kind: fc.constant('connect' as const), fromId: id, toId: fc.constant(null), settings: fc.record({ k: fc.integer({ min: 1, max: 10 }), maxLength: fc.integer({ min: 1, max: 6 }) }), pathIndex: fc.constant(0) }),
    fc.record({ kind: fc.constant('connect' as const), fromId: id, toId: id, settings: fc.record({ k: fc.integer({ min: 1, max: 10 }), maxLength: fc.integer({ min: 1, max: 6 }) }), pathIndex: fc.integer({ min: 0, max: 9 }) }),
    fc.record({ kind: fc.constant('whats-new' as const), since: date }),
    fc.record({ kind: fc.constant('timeline' as const), aId: id, bId: id }),
  ),
);

const urlState: fc.Arbitrary<UrlState> = fc
  .record({
    mode: fc.constantFrom('explore' as const, 'console' as const),
    focusId: id,
    depth: fc.constantFrom(...DEPTHS),
    layoutName: fc.constantFrom(...LAYOUTS.map((layout) => layout.name)),
    selection: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), id })),
    steps: fc.array(fc.record({ kind: fc.constantFrom('expand' as const, 'collapse' as const), id }), { maxLength: 6 }),
    hiddenIds: fc.uniqueArray(id, { maxLength: 4 }),
    hiddenTypes: fc.subarray([...ENTITY_TYPES]).map((list) => new Set(list)),
    hiddenGroups: fc.subarray([...RELATION_GROUPS]).map((list) => new Set(list)),
    hiddenPredicates: fc.subarray(PREDICATE_NAMES).map((list) => new Set(list)),
    dates: fc.option(fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
    minArticles: fc.integer({ min: 1, max: 50 }),
    sources: fc.uniqueArray(id, { maxLength: 3 }).map((list) => new Set(list)),
    investigation,
  })
  .map(({ dates, ...rest }) => ({ ...rest, dateFrom: dates?.[0] ?? null, dateTo: dates?.[1] ?? null }));

describe('the URL state', () => {
  it('reads back exactly what it wrote, for any view', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        expect(parseUrlState(serializeUrlState(state))).toEqual(state);
      }),
    );
  });

  it('gives an empty query string for a fresh explorer, so the start page has a clean URL', () => {
    expect(serializeUrlState(urlStateOf(initialState()))).toBe('');
  });

  it('records the focus, depth, layout, selection and expansions of a view in a readable link', () => {
    const query = serializeUrlState({
      ...defaultUrlState(),
      focusId: 'person-vladimir-putin',
      depth: 2,
      layoutName: 'concentric',
      selection: { kind: 'edge', id: 'person-vladimir-putin|SPOKE_WITH|person-ebrahim-raisi' },
      steps: [{ kind: 'expand', id: 'country-iran' }, { kind: 'expand', id: 'country-iran' }, { kind: 'collapse', id: 'country-russia' }],
      hiddenTypes: new Set(['LOCATION', 'PERSON']),
    });
    expect(query).toBe(
      '?focus=person-vladimir-putin&depth=2&layout=concentric&sel=edge%3Aperson-vladimir-putin%7CSPOKE_WITH%7Cperson-ebrahim-raisi' +
        '&expand=country-iran&expand=country-iran&collapse=country-russia&hideTypes=PERSON%2CLOCATION',
    );
  });

  it('keeps parameters that are not its own, such as ?debug', () => {
    expect(serializeUrlState({ ...defaultUrlState(), focusId: 'iran' }, '?debug&focus=old')).toBe('?debug=&focus=iran');
  });

  it.each([
    ['garbage', '?%E0%A4%A'],
    ['unknown values', '?mode=admin&depth=9&layout=spiral&sel=thing:x&hideTypes=ALIEN&hideGroups=friends&hidePredicates=LOVES&minArticles=-3'],
    ['impossible dates', '?from=2024-02-31&to=yesterday'],
    ['a reversed date range', '?from=2025-05-01&to=2024-01-01'],
    ['steps without a focus', '?expand=iran&hide=russia'],
    ['an absurdly long id', `?focus=${'x'.repeat(5000)}`],
  ])('ignores %s and falls back to the defaults', (_, search) => {
    expect(parseUrlState(search)).toEqual(defaultUrlState());
  });

  it('keeps the valid parts of a partly broken link', () => {
    const state = parseUrlState('?focus=country-iran&depth=7&layout=circle&hideTypes=PERSON,ALIEN&minArticles=two');
    expect(state).toMatchObject({ focusId: 'country-iran', depth: 1, layoutName: 'circle', hiddenTypes: new Set(['PERSON']), minArticles: 1 });
  });

  it('counts a new focus or expansion as a new history entry, and a new selection or layout as not', () => {
    const base = { ...defaultUrlState(), focusId: 'iran' };
    expect(isMeaningfulChange(base, { ...base, focusId: 'russia' })).toBe(true);
    expect(isMeaningfulChange(base, { ...base, steps: [{ kind: 'expand', id: 'iran' }] })).toBe(true);
    expect(isMeaningfulChange(base, { ...base, selection: { kind: 'node', id: 'iran' }, layoutName: 'circle' })).toBe(false);
  });

  it('records a narrowed trace in the link, so that reloading it runs the same trace', () => {
    const trace: UrlInvestigation = {
      kind: 'trace',
      entityId: 'person-donald-trump',
      settings: { depth: 2, includeCoMentions: true, predicates: ['SPOKE_WITH', 'WARNED'], types: ['PERSON'], from: '2025-06-01', to: '2025-06-30' },
    };
    const query = serializeUrlState({ ...defaultUrlState(), investigation: trace });
    expect(query).toBe('?inv=trace&iid=person-donald-trump&idepth=2&ico=1&ipred=SPOKE_WITH%2CWARNED&itypes=PERSON&ifrom=2025-06-01&ito=2025-06-30');
    expect(parseUrlState(query).investigation).toEqual(trace);
  });

  it.each([
    ['a trace without an entity', '?inv=trace', null],
    ['an unknown kind', '?inv=dossier&iid=iran', null],
    ['an impossible date', '?inv=whats-new&isince=2025-13-01', null],
    ['a timeline with one end', '?inv=timeline&iid=iran', null],
    ['a connection asking for too much', '?inv=connect&iid=iran&iid2=russia&ik=99&ilen=0&ipath=-1', { kind: 'connect', fromId: 'iran', toId: 'russia', settings: { k: 3, maxLength: 4 }, pathIndex: 0 }],
    ['a trace with unknown filters', '?inv=trace&iid=iran&idepth=9&ipred=LOVES,MET_WITH&itypes=ALIEN', { kind: 'trace', entityId: 'iran', settings: { depth: 2, includeCoMentions: false, predicates: ['MET_WITH'], types: [], from: null, to: null } }],
  ])('reads %s from a link as no investigation, or its valid parts', (_, search, expected) => {
    expect(parseUrlState(search).investigation).toEqual(expected);
  });

  it('counts opening an investigation as a new history entry, and stepping to another path as not', () => {
    const connect: UrlInvestigation = { kind: 'connect', fromId: 'trump', toId: 'iran', settings: { k: 3, maxLength: 4 }, pathIndex: 0 };
    const base = { ...defaultUrlState(), focusId: 'trump' };
    expect(isMeaningfulChange(base, { ...base, investigation: connect })).toBe(true);
    expect(isMeaningfulChange({ ...base, investigation: connect }, { ...base, investigation: { ...connect, pathIndex: 2 } })).toBe(false);
  });
});
