// Tests for stable entity ids: spelling, case, diacritics and transliteration variants share one id.

import { entityId, nameKey } from './entity-id.js';

describe('entityId', () => {
  it('gives one person id to Zelensky, Zelenskiy and Zelenskyy', () => {
    const ids = ['Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyy'].map((name) => entityId('PERSON', name));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBe('person:volodymyr-zelensky');
  });

  it('ignores case, accents and punctuation', () => {
    expect(entityId('PERSON', 'Recep Tayyip Erdoğan')).toBe(entityId('PERSON', 'recep tayyip ERDOGAN'));
    expect(entityId('COUNTRY', 'Türkiye')).toBe('country:turkiye');
  });

  it('treats "al-" particles and doubled letters as the same name', () => {
    expect(nameKey('Bashar al-Assad')).toBe(nameKey('Bashar Assad'));
  });

  it('keeps different people and different types apart', () => {
    expect(entityId('PERSON', 'Vladimir Putin')).not.toBe(entityId('PERSON', 'Volodymyr Zelensky'));
    expect(entityId('LOCATION', 'Washington')).not.toBe(entityId('PERSON', 'Washington'));
  });
});
