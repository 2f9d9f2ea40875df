// Tests of the shareable URL: what a link records, and that a bad link opens the explorer with defaults.

import fc from 'fast-check';
import { ENTITY_TYPES, PREDICATE_NAMES, RELATION_GROUPS } from '../../core/vocabulary.js';
import { LAYOUTS } from './layouts.js';
import { DEPTHS, initialState } from './state-store.js';
import { defaultUrlState, isMeaningfulChange, parseUrlState, serializeUrlState, urlStateOf, type UrlState } from './url-state.js';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9|:@,&=%#?+ -]{0,40}$/);
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

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
});
