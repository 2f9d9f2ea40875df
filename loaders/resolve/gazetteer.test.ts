// Tests for the place gazetteer built from world-countries plus seats of government.

import { countryDemonym, lookupPlace } from './gazetteer.js';

describe('lookupPlace', () => {
  it('knows countries by their common, official and everyday names', () => {
    expect(lookupPlace('Russian Federation')?.name).toBe('Russia');
    expect(lookupPlace('U.S.')).toMatchObject({ kind: 'country', name: 'United States' });
    expect(lookupPlace('Islamic Republic of Iran')?.name).toBe('Iran');
  });

  it('maps demonyms, capitals and seats of government to the country they stand for', () => {
    expect(lookupPlace('Iranian')).toMatchObject({ kind: 'demonym', country: 'Iran' });
    expect(lookupPlace('Tehran')).toMatchObject({ kind: 'capital', country: 'Iran', type: 'LOCATION' });
    expect(lookupPlace('Kremlin')).toMatchObject({ kind: 'seat', country: 'Russia', type: 'ORGANIZATION' });
    expect(lookupPlace('Kiev')).toMatchObject({ name: 'Kyiv', country: 'Ukraine' });
  });

  it('does not take ordinary words for places', () => {
    expect(lookupPlace('President')).toBeUndefined();
    expect(lookupPlace('in')).toBeUndefined();
  });

  it('names a country adjective for national bodies', () => {
    expect(countryDemonym('Russia')).toBe('Russian');
  });
});

describe('country names', () => {
  it('reads a demonym shared with a territory as the sovereign country', () => {
    expect(lookupPlace('American')).toMatchObject({ kind: 'demonym', country: 'United States' });
  });

  it('calls a country by its common English name and keeps the other spelling as a way in', () => {
    expect(lookupPlace('Turkey')?.name).toBe('Turkey');
    expect(lookupPlace('Türkiye')?.name).toBe('Turkey');
    expect(countryDemonym('Turkey')).toBe('Turkish');
  });
});
