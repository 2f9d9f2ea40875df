// Tests for reading CoNLL-2003 column files into documents with gold spans.

import { readConll2003 } from './conll2003-reader.js';

// Made-up sentences in the CoNLL-2003 column layout; the marker closes the first document, as in the shared copy.
const SAMPLE = [
  'MARIA NNP I-NP B-PER',
  'WINS VBZ I-VP O',
  '',
  'Maria NNP I-NP B-PER',
  'Lopez NNP I-NP I-PER',
  'of IN I-PP O',
  'Porto NNP I-NP B-ORG',
  'FC NNP I-NP I-ORG',
  'scored VBD I-VP O',
  'in IN I-PP O',
  'Lisbon NNP I-NP B-LOC',
  '. . O O',
  '',
  '-DOCSTART- -X- O O',
  '',
  'Danish JJ I-NP B-MISC',
  'shares NNS I-NP O',
  'rose VBD I-VP O',
  '',
  '-DOCSTART- -X- O O',
  '',
].join('\n');

describe('readConll2003', () => {
  it('splits documents at -DOCSTART- wherever the marker sits and drops empty ones', () => {
    expect(readConll2003(SAMPLE)).toHaveLength(2);
  });

  it('joins tokens with spaces and sentences with newlines', () => {
    const [first] = readConll2003(SAMPLE);
    expect(first.text).toBe('MARIA WINS\nMaria Lopez of Porto FC scored in Lisbon .');
    expect(first.words).toBe(11);
  });

  it('gives gold spans that cut each entity out of the document text', () => {
    const [first, second] = readConll2003(SAMPLE);
    expect(first.entities.map(({ start, end, label }) => [first.text.slice(start, end), label])).toEqual([
      ['MARIA', 'PER'],
      ['Maria Lopez', 'PER'],
      ['Porto FC', 'ORG'],
      ['Lisbon', 'LOC'],
    ]);
    expect(second.entities.map(({ start, end, label }) => [second.text.slice(start, end), label])).toEqual([['Danish', 'MISC']]);
  });
});
