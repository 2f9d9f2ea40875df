// Place knowledge: countries, their other names, demonyms and capitals (from `world-countries`), and
// seats of government that stand for a country when they act ("the Kremlin said").

import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { EntityType } from '../../core/vocabulary.js';

// The package is CommonJS whose typings declare an ES default export; requiring it is what works
// the same under Node, tsc (NodeNext) and Jest.
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** What a place word is: a country's name, its demonym, its capital, or its seat of government. */
export type PlaceKind = 'country' | 'demonym' | 'capital' | 'seat';

export interface PlaceSense {
  kind: PlaceKind;
  /** Canonical name of the country the word stands for when it acts ("Moscow said" → Russia). */
  country: string;
  /** Canonical name and type of the entity the word itself names ("Moscow", LOCATION). */
  name: string;
  type: EntityType;
}

/** Everyday short names the data set does not list (it keeps codes like "US" with other codes). */
const COUNTRY_ALIASES: Record<string, string> = {
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  DPRK: 'North Korea',
  Holland: 'Netherlands',
};

/** Common English names where the data set uses another one; the data set's name stays an alias. */
const ENGLISH_NAMES: Record<string, string> = {
  Türkiye: 'Turkey',
};

/** The name a country goes by in English-language news. */
const commonName = (c: Country) => ENGLISH_NAMES[c.name.common] ?? c.name.common;

/**
 * Countries in lookup priority: UN members before territories, then the larger area, so a demonym
 * several share ("American") means the sovereign country rather than a territory.
 */
const byPriority = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area);

/** Seats of government and capital spellings that stand for their country when they act. */
const SEATS: ReadonlyArray<{ surface: string; name: string; type: EntityType; kind: PlaceKind; country: string }> = [
  { surface: 'Kremlin', name: 'Kremlin', type: 'ORGANIZATION', kind: 'seat', country: 'Russia' },
  { surface: 'White House', name: 'White House', type: 'ORGANIZATION', kind: 'seat', country: 'United States' },
  { surface: 'Pentagon', name: 'Pentagon', type: 'ORGANIZATION', kind: 'seat', country: 'United States' },
  { surface: 'State Department', name: 'State Department', type: 'ORGANIZATION', kind: 'seat', country: 'United States' },
  { surface: 'Downing Street', name: 'Downing Street', type: 'ORGANIZATION', kind: 'seat', country: 'United Kingdom' },
  { surface: 'Élysée', name: 'Élysée', type: 'ORGANIZATION', kind: 'seat', country: 'France' },
  { surface: 'Washington', name: 'Washington', type: 'LOCATION', kind: 'capital', country: 'United States' },
  { surface: 'Kiev', name: 'Kyiv', type: 'LOCATION', kind: 'capital', country: 'Ukraine' },
  { surface: 'Kyiv', name: 'Kyiv', type: 'LOCATION', kind: 'capital', country: 'Ukraine' },
];

/** Lookup key of a surface form: no diacritics, lower case, single spaces, no leading "the". */
function placeKey(surface: string): string {
  return surface
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/** Spellings worth matching in English prose: Latin letters, longer than a two-letter code. */
const isProseSpelling = (spelling: string) => spelling.length > 3 && /^[A-Za-z][A-Za-z .'-]+$/.test(spelling);

function buildIndex(): Map<string, PlaceSense> {
  const index = new Map<string, PlaceSense>();
  // First writer wins, so countries' own names beat a capital or demonym spelled the same.
  const add = (surface: string, sense: PlaceSense) => {
    const key = placeKey(surface);
    if (!index.has(key)) index.set(key, sense);
  };
  const byCountry = (country: string): PlaceSense => ({ kind: 'country', country, name: country, type: 'COUNTRY' });
  for (const c of byPriority) add(commonName(c), byCountry(commonName(c)));
  for (const [alias, country] of Object.entries(COUNTRY_ALIASES)) add(alias, byCountry(country));
  for (const c of byPriority) {
    add(c.name.official, byCountry(commonName(c)));
    for (const spelling of c.altSpellings.filter(isProseSpelling)) add(spelling, byCountry(commonName(c)));
  }
  for (const seat of SEATS) add(seat.surface, { kind: seat.kind, country: seat.country, name: seat.name, type: seat.type });
  for (const c of byPriority) {
    const demonyms = c.demonyms?.eng;
    if (demonyms) for (const d of [demonyms.m, demonyms.f]) add(d, { kind: 'demonym', country: commonName(c), name: commonName(c), type: 'COUNTRY' });
    for (const capital of c.capital) add(capital, { kind: 'capital', country: commonName(c), name: capital, type: 'LOCATION' });
  }
  return index;
}

const INDEX = buildIndex();

/** The languages spoken in the world's countries, by their English names ("Russian", "Spanish"). */
const LANGUAGES: ReadonlySet<string> = new Set(countries.flatMap((c) => Object.values(c.languages ?? {})));

/** Whether a word is the English name of a language ("in Russian"). */
export function isLanguageName(word: string): boolean {
  return LANGUAGES.has(word);
}

/** Longest gazetteer entry in words, so callers know how far to look ahead. */
export const GAZETTEER_MAX_WORDS = Math.max(...[...INDEX.keys()].map((key) => key.split(' ').length));

/** What a place word or phrase means ("Iranian" → demonym of Iran), or undefined. */
export function lookupPlace(surface: string): PlaceSense | undefined {
  return INDEX.get(placeKey(surface));
}

/** The adjective of a country ("Russia" → "Russian"), used to name national bodies. */
export function countryDemonym(country: string): string | undefined {
  return countries.find((c) => commonName(c) === country)?.demonyms?.eng?.m;
}
