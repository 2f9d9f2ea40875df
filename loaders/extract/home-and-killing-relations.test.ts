// Tests for where people live or come from, killings stated indirectly, job descriptions, posts of a
// state, and name abbreviations, through the extractor (sentences written for these tests).

import type { ExtractedArticle } from '../../core/model.js';
import { createExtractor } from './extract-article.js';

function extract(text: string): ExtractedArticle {
  return createExtractor().extract({ id: 'h1', file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: '2024-05-14', text });
}

function facts(out: ExtractedArticle): string[] {
  const name = (id: string) => out.entities.find((e) => e.id === id)?.name;
  return out.relations.filter((r) => !r.negated).map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
}

describe('where a person lives or comes from (LOCATED_IN with a person subject)', () => {
  it('reads "X of <place>", with or without an age between commas', () => {
    expect(facts(extract('Senator Ruth Alder of Nebraska opposed the bill.'))).toContain('Ruth Alder LOCATED_IN Nebraska');
    expect(facts(extract('The prize went to Walter Brandt, 61, of Boston, who grows roses.'))).toContain('Walter Brandt LOCATED_IN Boston');
    // A town nothing else knows is a place after the age: the news writes where people live that way.
    expect(facts(extract('Walter Brandt, 61, of Quillbury, went down to help.'))).toContain('Walter Brandt LOCATED_IN Quillbury');
  });

  it('reads birth and residence verbs, linking the person to one place: a birthplace with its state is one place', () => {
    const born = facts(extract('The painter Clara Voss was born in Boston, Massachusetts, in 1911.'));
    expect(born).toContain('Clara Voss LOCATED_IN Boston, Massachusetts');
    expect(born).not.toContain('Clara Voss LOCATED_IN Massachusetts');
    expect(facts(extract('His sister Mary Quill, who lives in Chicago, sent a letter.'))).toContain('Mary Quill LOCATED_IN Chicago');
  });

  it('gives "was born in" to the person an "of the <country>" description is about, not to the country', () => {
    const found = facts(extract('In 1801, Amos Pell, the ninth treasurer of the United States, was born in Quillbury.'));
    expect(found).toContain('Amos Pell LOCATED_IN Quillbury');
    expect(found).not.toContain('United States LOCATED_IN Quillbury');
  });

  it('still lets a body after "of the" act when nobody else in the clause can', () => {
    expect(facts(extract('A day later the board of the Harbor Authority formally accused Carl Webb of fraud.'))).toContain('Harbor Authority CRITICIZED Carl Webb');
  });

  it('reads "a <place> native" and "<place> native X"', () => {
    expect(facts(extract('The film was directed by Boston native Paul Ortega.'))).toContain('Paul Ortega LOCATED_IN Boston');
    expect(facts(extract('On Friday the singer Tom Hanley, a Chicago native, sang first.'))).toContain('Tom Hanley LOCATED_IN Chicago');
  });

  it('reads "<place>, where X was born"', () => {
    expect(facts(extract('The road runs through Chicago, where Tom Brand was born, and on to the lake.'))).toContain('Tom Brand LOCATED_IN Chicago');
  });

  it('reads "his native <place>", "her <place> hometown" and "X\'s <place> birthplace"', () => {
    expect(facts(extract('Ann Hollis said winning in her native Nevada mattered most.'))).toContain('Ann Hollis LOCATED_IN Nevada');
    expect(facts(extract('The reporter Tom Brand is returning to his Ohio hometown to marry.'))).toContain('Tom Brand LOCATED_IN Ohio');
    expect(facts(extract("A grant for Tom Brand's Ohio birthplace was dropped."))).toContain('Tom Brand LOCATED_IN Ohio');
  });

  it('reads "X, a <town> <occupation>" but not a country before a job', () => {
    expect(facts(extract('Dale Mercer, a Chicago lawyer, found the wallet.'))).toContain('Dale Mercer LOCATED_IN Chicago');
    expect(facts(extract('Dale Mercer, a French diplomat, found the wallet.'))).not.toContain('Dale Mercer LOCATED_IN France');
  });

  it('links "X of <town>, <state>" to the town and to its state', () => {
    const found = facts(extract('The prize went to Walter Brandt, 61, of Quillbury, Vermont, who grows roses.'));
    expect(found).toContain('Walter Brandt LOCATED_IN Quillbury');
    expect(found).toContain('Walter Brandt LOCATED_IN Vermont');
  });

  it('reads an apposition ending in "from <place>"', () => {
    expect(facts(extract('Dale Mercer, an electrician from Chicago, found the wallet.'))).toContain('Dale Mercer LOCATED_IN Chicago');
  });
});

describe('killings stated indirectly', () => {
  it('gives the killing to whoever fired the shot that killed', () => {
    expect(facts(extract('Investigators say Carl Webb fired the shots that killed Henri Martin.'))).toContain('Carl Webb KILLED Henri Martin');
  });

  it('reads "X was the man who killed Y" and "Y\'s assassin, X"', () => {
    expect(facts(extract('The court found that Carl Webb was the lone gunman who killed Henri Martin.'))).toContain('Carl Webb KILLED Henri Martin');
    expect(facts(extract("Henri Martin's assassin, Carl Webb, was moved to another prison."))).toContain('Carl Webb KILLED Henri Martin');
  });

  it('reaches the victim of "X, the assassin of ..." past a title or a short description', () => {
    expect(facts(extract('In 1921 Carl Webb, the assassin of President Ray Dunn, was hanged.'))).toContain('Carl Webb KILLED Ray Dunn');
    expect(facts(extract('Carl Webb, the convicted killer of civil rights leader Ray Dunn, married in prison.'))).toContain('Carl Webb KILLED Ray Dunn');
    expect(facts(extract('Carl Webb, the killer of two guards and Ray Dunn, fled.'))).not.toContain('Carl Webb KILLED Ray Dunn');
  });

  it('reaches a victim named after a short description: "killing rock star X"', () => {
    expect(facts(extract('Carl Webb pleaded guilty to killing folk singer Henri Martin.'))).toContain('Carl Webb KILLED Henri Martin');
  });
});

describe('jobs described at length', () => {
  it('reads "X, <job> of/for/with the <organisation>" when the head noun is an occupation', () => {
    expect(facts(extract('Rita Moss, chief of water safety for the Harbor Authority, spoke first.'))).toContain('Rita Moss WORKS_FOR Harbor Authority');
    expect(facts(extract('Rita Moss, a longtime critic of the Harbor Authority, spoke first.'))).not.toContain('Rita Moss WORKS_FOR Harbor Authority');
  });
});

describe('posts named through a possessive before the name in apposition', () => {
  it('reads "<owner>\'s <description> <job>, X" for a country, a state or a body, but not a former job', () => {
    expect(facts(extract("Peru's chief debt negotiator, Luis Arana, met the banks."))).toContain('Luis Arana WORKS_FOR Peru');
    expect(facts(extract("Voters backed Nevada's reform-minded governor, Ann Hollis, last year."))).toContain('Ann Hollis LEADS Nevada');
    expect(facts(extract("The Harbor Authority's chief engineer, Tom Brand, left."))).toContain('Tom Brand WORKS_FOR Harbor Authority');
    expect(facts(extract("The Harbor Authority's former chief engineer, Tom Brand, left."))).not.toContain('Tom Brand WORKS_FOR Harbor Authority');
  });
});

describe('posts of a state or region', () => {
  it('reads "<state> Governor X" as X leading the state, as for a country', () => {
    expect(facts(extract('Texas Governor Ann Richards signed the bill on Monday.'))).toContain('Ann Richards LEADS Texas');
  });
});

describe('name abbreviations', () => {
  it('keeps the period of a state or company abbreviation inside the mention', () => {
    const out = extract('The plant belongs to Brandt Tools Inc. of Petaluma, Calif., and employs 300 people.');
    const surfaces = out.entities.flatMap((e) => e.mentions.map((m) => out.text.slice(m.start, m.end)));
    expect(surfaces).toContain('Calif.');
  });
});

describe('a nationality before a name nothing recognised', () => {
  it('does not make a party official work for the country', () => {
    expect(facts(extract('Ivo Kranjc , secretary of the Croatian Tarrow Brenlow , welcomed the talks.'))).not.toContain('Ivo Kranjc WORKS_FOR Croatia');
  });
});

describe('killings stated by coordinated or phrasal verbs', () => {
  it('reads "shot and killed" and the passive "was beaten to death by"', () => {
    expect(facts(extract('Ann Lee shot and killed Tom Brand near the depot.'))).toContain('Ann Lee KILLED Tom Brand');
    expect(facts(extract('Tom Brand was beaten to death by Ann Lee.'))).toContain('Ann Lee KILLED Tom Brand');
  });
});

describe('text tokenised with the possessive split off', () => {
  it('reads "Y \'s assassin , X" as "Y\'s assassin, X"', () => {
    expect(facts(extract("Police moved Henri Martin 's assassin , Carl Webb , to another prison ."))).toContain('Carl Webb KILLED Henri Martin');
  });

  it('does not open a quotation at a split-off possessive', () => {
    // Otherwise "'s … ' '" would read as a quotation, and no fact is taken from a quotation.
    expect(facts(extract("Henri Martin 's assassin , Carl Webb , said ' ' nothing ' ' ."))).toContain('Carl Webb KILLED Henri Martin');
  });
});

describe('killings with the agent or the wound stated apart from the verb', () => {
  it('finds a passive agent after the place and date of the killing', () => {
    expect(facts(extract('Tom Brand was murdered outside his home on May 8, 1980, by Ann Lee.'))).toContain('Ann Lee KILLED Tom Brand');
    expect(facts(extract('Tom Brand was shot to death in Dayton, Ohio, by Ann Lee, a member of his own gang.'))).toContain('Ann Lee KILLED Tom Brand');
  });

  it('finds a passive\'s victim before a description or a relative clause', () => {
    expect(facts(extract('That night Tom Brand, the ninth mayor, was assassinated by Ann Lee.'))).toContain('Ann Lee KILLED Tom Brand');
    expect(facts(extract('The surgeon operated on Tom Brand, who had just been shot by Ann Lee.'))).toContain('Ann Lee KILLED Tom Brand');
  });

  it('does not lend the agent of another verb to the killing', () => {
    expect(facts(extract('Tom Brand was killed in a raid led by Ann Lee.'))).not.toContain('Ann Lee KILLED Tom Brand');
  });

  it('gives a gerund after "after" or "before" the subject of its clause', () => {
    expect(facts(extract('Ann Lee fled the city after shooting Tom Brand.'))).toContain('Ann Lee KILLED Tom Brand');
  });

  it('does not take a nationality inside a description for the killer', () => {
    const found = facts(extract('Carl Webb, a Jordanian immigrant, was convicted of murdering Henri Martin.'));
    expect(found).toContain('Carl Webb KILLED Henri Martin');
    expect(found).not.toContain('Jordan KILLED Henri Martin');
  });

  it('reads a passive whose "was" governs two coordinated verbs: "was shot and mortally wounded by"', () => {
    const found = facts(extract('Mayor Ray Dunn was shot and mortally wounded by Carl Webb at the fair.'));
    expect(found).toContain('Carl Webb KILLED Ray Dunn');
    expect(found).not.toContain('Ray Dunn KILLED Carl Webb');
  });

  it('gives a participle after a comma the subject of its clause, and "him" the object', () => {
    const found = facts(extract('The actor Carl Webb stabbed Ray Dunn during the second act, mortally wounding him.'));
    expect(found).toContain('Carl Webb KILLED Ray Dunn');
    expect(found).not.toContain('Ray Dunn KILLED Carl Webb');
  });

  it('reads a mortal or fatal wound as a killing', () => {
    expect(facts(extract('Ann Lee shot and mortally wounded Tom Brand in the basement.'))).toContain('Ann Lee KILLED Tom Brand');
    expect(facts(extract('The film shows Ann Lee fatally shooting Tom Brand.'))).toContain('Ann Lee KILLED Tom Brand');
  });
});

describe('sentence splitting after an abbreviation', () => {
  it('keeps a clause that goes on after "Mo." with a comma in the same sentence (tokenised text)', () => {
    expect(facts(extract('Tom Brand was shot to death in St. Joseph , Mo. , by Ann Lee .'))).toContain('Ann Lee KILLED Tom Brand');
  });
});
