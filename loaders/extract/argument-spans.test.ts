// Tests for spanning relation arguments by their role: birthplaces with their state, victims with their title
// (sentences written for these tests).

import type { ExtractedArticle } from '../../core/model.js';
import { createExtractor } from './extract-article.js';

function extract(text: string): ExtractedArticle {
  return createExtractor().extract({ id: 'b1', file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: '2024-05-14', text });
}

function facts(out: ExtractedArticle): string[] {
  const name = (id: string) => out.entities.find((e) => e.id === id)?.name;
  return out.relations.filter((r) => !r.negated).map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
}

const surfaces = (out: ExtractedArticle) => out.entities.flatMap((e) => e.mentions.map((m) => out.text.slice(m.start, m.end)));

describe('a birthplace written "Town, State"', () => {
  it('makes "born in Dover, Delaware" one place the person comes from, with one mention', () => {
    const out = extract('The inventor Mara Tollis was born in Dover, Delaware, in 1902.');
    expect(facts(out)).toContain('Mara Tollis LOCATED_IN Dover, Delaware');
    expect(facts(out)).not.toContain('Dover LOCATED_IN Delaware');
    expect(surfaces(out)).toContain('Dover, Delaware');
    expect(surfaces(out)).not.toContain('Dover');
  });

  it('joins a state abbreviation that is also a word, in text tokenised with its full stop apart', () => {
    expect(facts(extract('In 1790 , the poet Ada Quill was born in Tarrow , Mass .'))).toContain('Ada Quill LOCATED_IN Tarrow, Mass');
  });

  it('also joins the place after "a native of"', () => {
    expect(facts(extract('Ben Ostrow, a native of Tulsa, Oklahoma, runs the shop.'))).toContain('Ben Ostrow LOCATED_IN Tulsa, Oklahoma');
  });

  it('leaves "Town, State" apart where nobody is born there', () => {
    const out = extract('The storm reached Dover, Delaware, on Monday.');
    expect(facts(out)).toContain('Dover LOCATED_IN Delaware');
    expect(surfaces(out)).toContain('Dover');
  });
});

describe('a victim named with a title or honorific', () => {
  it('keeps the title in the victim\'s mention, not in the name', () => {
    const out = extract('In 1921 Carl Webb shot and killed President Ray Dunn at the fair.');
    expect(facts(out)).toContain('Carl Webb KILLED Ray Dunn');
    expect(surfaces(out)).toContain('President Ray Dunn');
  });

  it('keeps the place whose post it was in the victim\'s mention, and that place\'s own mention and role', () => {
    const out = extract('Carl Webb was convicted of killing Denver Mayor Ray Dunn in 1931.');
    expect(facts(out)).toContain('Carl Webb KILLED Ray Dunn');
    expect(facts(out)).toContain('Ray Dunn LEADS Denver');
    expect(surfaces(out)).toContain('Denver Mayor Ray Dunn');
    expect(surfaces(out)).toContain('Denver');
  });

  it('reaches a victim after an honorific and keeps it in the mention', () => {
    const out = extract('Police say Carl Webb shot Dr. Ann Lee outside the clinic.');
    expect(facts(out)).toContain('Carl Webb KILLED Ann Lee');
    expect(surfaces(out)).toContain('Dr. Ann Lee');
  });

  it('leaves a lower-case description out of the victim\'s mention', () => {
    const out = extract('Carl Webb, the convicted killer of civil rights leader Ray Dunn, married in prison.');
    expect(surfaces(out)).toContain('Ray Dunn');
    expect(surfaces(out)).not.toContain('leader Ray Dunn');
  });

  it('leaves the title out of a post holder\'s mention: the title is the role', () => {
    const out = extract('President Ray Dunn met Carl Webb on Monday.');
    expect(surfaces(out)).toContain('Ray Dunn');
    expect(surfaces(out)).not.toContain('President Ray Dunn');
  });
});
