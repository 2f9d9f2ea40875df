// Tests for where an organisation is, read off its own name phrase, through the extractor (sentences written for these tests).

import { createExtractor } from './extract-article.js';

/** The stated facts as "subject PREDICATE object". */
function facts(text: string): string[] {
  const out = createExtractor().extract({ id: 'b1', file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: '2024-05-14', text });
  const name = (id: string) => out.entities.find((e) => e.id === id)?.name;
  return out.relations.filter((r) => !r.negated).map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
}

describe('where an organisation is, from its name phrase', () => {
  it('places a company named with "of <town>"', () => {
    expect(facts('The barge belonged to Tarrow Marine Inc. of Houston, the coast guard said.')).toContain('Tarrow Marine Inc LOCATED_IN Houston');
  });

  it('places a university "in <town>, <state>" in both', () => {
    const found = facts('The linguist Ada Marsh of Brenlow University in Providence , R.I. , was quoted.');
    expect(found).toEqual(expect.arrayContaining(['Brenlow University LOCATED_IN Providence', 'Brenlow University LOCATED_IN R.I.']));
  });

  it('places a government named by a nationality in the country the sentence names', () => {
    expect(facts('Donors praised the Angolan Government for its plan to rebuild Angola.')).toContain('Angolan Government LOCATED_IN Angola');
  });

  it('does not place a body that is not a firm or an institution by a following "in"', () => {
    expect(facts('Tarrow Marine Inc. sued Brenlow Union in Houston.')).not.toContain('Brenlow Union LOCATED_IN Houston');
  });
});
