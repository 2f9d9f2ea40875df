// Tests for the compromise-only baseline used as a reference line in the evaluation.

import { benchmarkArticle } from './benchmark-run.js';
import { extractWithCompromise } from './compromise-baseline.js';

describe('extractWithCompromise', () => {
  it('finds a person in tokenised text with a span that leaves out the detached full stop', () => {
    const text = 'Coach Phil Simmons praised the team in London .';
    const result = extractWithCompromise(benchmarkArticle('t', text));
    const people = result.entities.filter((entity) => entity.type === 'PERSON');
    expect(people.flatMap((person) => person.mentions.map(({ start, end }) => text.slice(start, end)))).toContain('Phil Simmons');
    const places = result.entities.filter((entity) => entity.type === 'LOCATION');
    expect(places.flatMap((place) => place.mentions.map(({ start, end }) => text.slice(start, end)))).toEqual(['London']);
  });
});
