// Tests for scoring extraction output against a sample's gold answer by canonical name.

import type { ExtractedArticle } from '../core/model.js';
import { samplePredictedItems, sampleGoldItems } from './evaluate-samples.js';
import type { SampleGold } from './sample-corpus.js';
import { scoreItems } from './score.js';

const GOLD: SampleGold = {
  entities: [
    { name: 'Volodymyr Zelensky', type: 'PERSON' },
    { name: 'Ankara', type: 'LOCATION' },
  ],
  relations: [
    { subject: 'Volodymyr Zelensky', predicate: 'SPOKE_WITH', object: 'Recep Tayyip Erdogan' },
    { subject: 'Volodymyr Zelensky', predicate: 'CRITICIZED', object: 'Recep Tayyip Erdogan' },
  ],
};

const entity = (id: string, name: string, type: ExtractedArticle['entities'][number]['type']) => ({ id, name, type, aliases: [], mentions: [] });
const relation = (subject: string, predicate: ExtractedArticle['relations'][number]['predicate'], object: string) => ({
  subject, predicate, object, verb: 'x', negated: false, confidence: 1, sentence: 's', start: 0, end: 1, attributes: {},
});

const PREDICTED: ExtractedArticle = {
  id: 'a', file: null, parent: null, title: '', source: null, url: null, author: null, publishedAt: null, text: '',
  entities: [
    entity('z', 'Volodymyr Zelenskiy', 'PERSON'),
    entity('e', 'Recep Tayyip Erdoğan', 'PERSON'),
    entity('k', 'Ankara', 'COUNTRY'),
  ],
  relations: [relation('e', 'SPOKE_WITH', 'z'), relation('e', 'CRITICIZED', 'z')],
};

describe('sample scoring', () => {
  const gold = sampleGoldItems(0, GOLD);
  const predicted = samplePredictedItems(0, PREDICTED);

  it('matches names across spelling variants but requires the type to agree for a typed match', () => {
    expect(scoreItems(gold.entities, predicted.entities).micro).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1 });
  });

  it('matches names alone when scoring untyped', () => {
    expect(scoreItems(gold.entityNames, predicted.entityNames).micro).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 0 });
  });

  it('matches a symmetric predicate in either direction but not a directed one reversed', () => {
    const { byLabel } = scoreItems(gold.relations, predicted.relations);
    expect(byLabel.SPOKE_WITH).toMatchObject({ truePositives: 1, falsePositives: 0 });
    expect(byLabel.CRITICIZED).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });
});
