// Tests for precision / recall / F1 scoring of item sets.

import { scoreCounts, scoreItems, type ScoredItem } from './score.js';

const item = (key: string, label: string): ScoredItem => ({ key, label });

describe('scoreItems', () => {
  it('gives P 2/3, R 1/2 and F1 4/7 for two hits, one spurious and two missed items', () => {
    const gold = [item('a', 'PER'), item('b', 'PER'), item('c', 'LOC'), item('d', 'ORG')];
    const predicted = [item('a', 'PER'), item('c', 'LOC'), item('x', 'LOC')];
    const { micro } = scoreItems(gold, predicted);
    expect(micro).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
    expect(micro.precision).toBeCloseTo(2 / 3);
    expect(micro.recall).toBeCloseTo(1 / 2);
    expect(micro.f1).toBeCloseTo(4 / 7);
  });

  it('breaks the counts down per label, with missed-only labels scoring zero', () => {
    const gold = [item('a', 'PER'), item('b', 'PER'), item('c', 'LOC'), item('d', 'ORG')];
    const predicted = [item('a', 'PER'), item('c', 'LOC'), item('x', 'LOC')];
    const { byLabel } = scoreItems(gold, predicted);
    expect(Object.keys(byLabel)).toEqual(['LOC', 'ORG', 'PER']);
    expect(byLabel.PER).toMatchObject({ precision: 1, recall: 0.5 });
    expect(byLabel.LOC).toMatchObject({ precision: 0.5, recall: 1 });
    expect(byLabel.ORG).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('counts a duplicated prediction once rather than as a false positive', () => {
    const { micro } = scoreItems([item('a', 'PER')], [item('a', 'PER'), item('a', 'PER')]);
    expect(micro).toMatchObject({ truePositives: 1, falsePositives: 0, precision: 1 });
  });

  it('lists the false positives and false negatives with their notes', () => {
    const report = scoreItems([{ key: 'a', label: 'PER', note: 'missed Ada' }], [{ key: 'b', label: 'PER', note: 'invented Bob' }]);
    expect(report.falseNegatives.map((missed) => missed.note)).toEqual(['missed Ada']);
    expect(report.falsePositives.map((spurious) => spurious.note)).toEqual(['invented Bob']);
  });
});

describe('scoreCounts', () => {
  it('scores nothing predicted against nothing expected as perfect', () => {
    expect(scoreCounts({ truePositives: 0, falsePositives: 0, falseNegatives: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores predictions against an empty gold set as zero precision', () => {
    expect(scoreCounts({ truePositives: 0, falsePositives: 3, falseNegatives: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
