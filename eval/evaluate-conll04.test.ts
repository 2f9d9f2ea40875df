// Tests for scoring CoNLL04 relations by head text, class and tail text.

import type { ExtractedArticle } from '../core/model.js';
import { conll04ClassOf } from './benchmark-labels.js';
import { readConll04 } from './conll04-reader.js';
import { conll04GoldRelations, conll04PredictedRelations } from './evaluate-conll04.js';
import { scoreItems } from './score.js';

const [SENTENCE] = readConll04([
  {
    tokens: ['Lena', 'Holm', ',', 'head', 'of', 'Vexa', 'Corp', 'in', 'Bergen', ',', 'lives', 'in', 'Voss', '.'],
    tags: ['B-Peop', 'L-Peop', 'O', 'O', 'O', 'B-Org', 'L-Org', 'O', 'U-Loc', 'O', 'O', 'O', 'U-Loc', 'O'],
    relations: [
      { head: 0, tail: 1, type: 'Work_For' },
      { head: 1, tail: 2, type: 'OrgBased_In' },
      { head: 0, tail: 3, type: 'Live_In' },
    ],
  },
]);
const TEXT = SENTENCE.text;
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

const PREDICTED: ExtractedArticle = {
  id: 'a', file: null, parent: null, title: '', source: null, url: null, author: null, publishedAt: null, text: TEXT,
  entities: [
    { id: 'p', name: 'Lena Holm', type: 'PERSON', aliases: [], mentions: [at('Lena Holm')] },
    { id: 'o', name: 'Vexa', type: 'ORGANIZATION', aliases: ['Vexa Corp'], mentions: [at('Vexa Corp')] },
    { id: 'b', name: 'Bergen', type: 'LOCATION', aliases: [], mentions: [at('Bergen')] },
    { id: 'v', name: 'Voss', type: 'LOCATION', aliases: [], mentions: [at('Voss')] },
  ],
  relations: (
    [
      ['p', 'LEADS', 'o'],
      ['o', 'LOCATED_IN', 'b'],
      ['p', 'MET_WITH', 'o'],
      ['p', 'LOCATED_IN', 'v'],
    ] as const
  ).map(([subject, predicate, object]) => ({
    subject, predicate, object, verb: 'x', negated: false, confidence: 1, sentence: TEXT, start: 0, end: TEXT.length, attributes: {},
  })),
};

describe('CoNLL04 relation scoring', () => {
  const gold = conll04GoldRelations(0, SENTENCE);
  const predicted = conll04PredictedRelations(0, PREDICTED);

  it('counts LEADS as Work_For and LOCATED_IN as the place class, using the text as written', () => {
    const { byLabel } = scoreItems(gold, predicted);
    expect(byLabel.Work_For).toMatchObject({ truePositives: 1, falsePositives: 0 });
    expect(byLabel['Located_In+OrgBased_In']).toMatchObject({ truePositives: 1, falsePositives: 0 });
  });

  it("counts a person's LOCATED_IN as Live_In and ignores predicates with no CoNLL04 class", () => {
    const { micro, byLabel } = scoreItems(gold, predicted);
    expect(micro).toMatchObject({ truePositives: 3, falsePositives: 0, falseNegatives: 0 });
    expect(byLabel.Live_In).toMatchObject({ truePositives: 1 });
  });

  it("reads a person's post in a country as Live_In (nationality) and in an organisation as Work_For", () => {
    expect(conll04ClassOf('LEADS', 'PERSON', 'COUNTRY')).toBe('Live_In');
    expect(conll04ClassOf('WORKS_FOR', 'PERSON', 'LOCATION')).toBe('Live_In');
    expect(conll04ClassOf('LEADS', 'PERSON', 'ORGANIZATION')).toBe('Work_For');
    expect(conll04ClassOf('LOCATED_IN', 'ORGANIZATION', 'LOCATION')).toBe('Located_In+OrgBased_In');
  });
});
