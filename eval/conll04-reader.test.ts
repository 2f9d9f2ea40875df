// Tests for reading CoNLL04 JSON into sentences with gold spans and relations by text.

import { readConll04 } from './conll04-reader.js';

const RECORD = {
  tokens: ['Anna', 'Berg', ',', 'chair', 'of', 'Nordbank', 'in', 'Oslo', ',', 'resigned', '.'],
  tags: ['B-Peop', 'L-Peop', 'O', 'O', 'O', 'U-Org', 'O', 'U-Loc', 'O', 'O', 'O'],
  relations: [
    { head: 0, tail: 1, type: 'Work_For' },
    { head: 1, tail: 2, type: 'OrgBased_In' },
  ],
};

describe('readConll04', () => {
  it('joins the tokens with single spaces and finds the BILOU entities in it', () => {
    const [sentence] = readConll04([RECORD]);
    expect(sentence.text).toBe('Anna Berg , chair of Nordbank in Oslo , resigned .');
    expect(sentence.entities.map(({ text, label }) => [text, label])).toEqual([
      ['Anna Berg', 'Peop'],
      ['Nordbank', 'Org'],
      ['Oslo', 'Loc'],
    ]);
  });

  it('names each relation by the text of its head and tail entities, in tag order', () => {
    const [sentence] = readConll04([RECORD]);
    expect(sentence.relations).toEqual([
      { head: 'Anna Berg', type: 'Work_For', tail: 'Nordbank' },
      { head: 'Nordbank', type: 'OrgBased_In', tail: 'Oslo' },
    ]);
  });

  it('refuses a relation that points past the entities, as invalid_argument', () => {
    const broken = { ...RECORD, relations: [{ head: 0, tail: 7, type: 'Kill' }] };
    expect(() => readConll04([broken])).toThrow(expect.objectContaining({ id: 'invalid_argument' }));
  });

  it('refuses JSON that is not a list of records, as invalid_argument', () => {
    expect(() => readConll04({ tokens: [] })).toThrow(expect.objectContaining({ id: 'invalid_argument' }));
  });
});
