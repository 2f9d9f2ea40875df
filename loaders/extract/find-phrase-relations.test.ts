// Tests for relations stated by phrase structure: appositions, of-phrases, possessives, place pairs,
// "based in", relative clauses and the new cue words (murder, treaty, heads), through the extractor.

import type { ExtractedArticle, ExtractedRelation } from '../../core/model.js';
import { createExtractor } from './extract-article.js';

function extract(text: string): ExtractedArticle {
  return createExtractor().extract({ id: 'p1', file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: '2024-05-14', text });
}

/** Relations as "Subject PREDICATE Object" lines; negated ones only when asked for. */
function facts(out: ExtractedArticle, keep: (r: ExtractedRelation) => boolean = (r) => !r.negated): string[] {
  const name = (id: string) => out.entities.find((e) => e.id === id)?.name;
  return out.relations.filter(keep).map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`);
}

describe('relations stated by phrase structure', () => {
  it('does not place a region inside the country whose expert covers it', () => {
    const out = extract("Anna Kask, who spent years as the Baltic State's Middle East expert at the United Nations, spoke on Friday.");
    expect(facts(out).filter((fact) => fact.includes('LOCATED_IN'))).toEqual([]);
    expect(facts(extract("Russia's Kursk region was attacked on Friday."))).toContain('Kursk LOCATED_IN Russia');
  });

  it('does not place a capital in another city, only in its own country', () => {
    expect(facts(extract('Talks between delegations from Moscow and Kyiv in Istanbul began on Monday.')).filter((fact) => fact.includes('LOCATED_IN'))).toEqual([]);
    expect(facts(extract('Kyiv is in Ukraine.'))).toContain('Kyiv LOCATED_IN Ukraine');
  });

  it('reads a job from an apposition with "at" or "of" after the job noun', () => {
    expect(facts(extract('Maria Lopez, a senior economist at the World Bank, said growth would slow.'))).toContain('Maria Lopez WORKS_FOR World Bank');
    expect(facts(extract('Anna Schmidt, the chairman of the Global Trade Council, arrived late.'))).toContain('Anna Schmidt LEADS Global Trade Council');
  });

  it('reads a job from an apposition that names the employer before the job noun, but not a former one', () => {
    expect(facts(extract('Pierre Dubois, a World Bank economist, spoke on Friday.'))).toContain('Pierre Dubois WORKS_FOR World Bank');
    expect(facts(extract('Pierre Dubois, a former World Bank economist, spoke on Friday.'))).not.toContain('Pierre Dubois WORKS_FOR World Bank');
  });

  it('reads "X of the Y" as X working for the organisation Y', () => {
    expect(facts(extract('Tom Baker of the World Bank said growth would slow.'))).toContain('Tom Baker WORKS_FOR World Bank');
  });

  it('reads "Y assassin X" as X having killed Y', () => {
    expect(facts(extract('Police arrested the Henri Martin assassin Pierre Dubois.'))).toContain('Pierre Dubois KILLED Henri Martin');
  });

  it('finds the subject of a relative clause: "X, who murdered Y"', () => {
    expect(facts(extract('Investigators say Pierre Dubois, who murdered Henri Martin, fled.'))).toContain('Pierre Dubois KILLED Henri Martin');
    expect(facts(extract('Mike Lee, who heads the Global Trade Council, spoke.'))).toContain('Mike Lee LEADS Global Trade Council');
  });

  it('keeps a denied killing as negated', () => {
    const out = extract('Pierre Dubois did not kill Henri Martin.');
    expect(facts(out)).not.toContain('Pierre Dubois KILLED Henri Martin');
    expect(facts(out, (r) => r.negated)).toContain('Pierre Dubois KILLED Henri Martin');
  });

  it('places a city in the region or country named after its comma', () => {
    expect(facts(extract('The factory in Lyon, France, closed.'))).toContain('Lyon LOCATED_IN France');
  });

  it('does not read a list of cities as one inside the other', () => {
    expect(facts(extract('Protesters gathered in Lyon, Marseille and Nice.')).filter((f) => f.includes('LOCATED_IN'))).toEqual([]);
  });

  it('places an organisation "based in" a city, and in the country after it', () => {
    expect(facts(extract('The Alpha Textile Company, based in Lyon, France, makes shirts.'))).toEqual(
      expect.arrayContaining(['Alpha Textile Company LOCATED_IN Lyon', 'Alpha Textile Company LOCATED_IN France']),
    );
  });

  it('places a facility "in" a country, across a compass word', () => {
    expect(facts(extract('Officials inspected the Tartus Naval Base in western Syria.'))).toContain('Tartus Naval Base LOCATED_IN Syria');
  });

  it('places a region named through its country\'s possessive', () => {
    expect(facts(extract('Troops crossed into Russia\'s Murmansk Region overnight.'))).toContain('Murmansk Region LOCATED_IN Russia');
  });

  it('reads a signed agreement or treaty as cooperation between its parties', () => {
    expect(facts(extract('Egypt signed a security agreement with Jordan on Monday.'))).toContain('Egypt COOPERATES_WITH Jordan');
    expect(facts(extract('Egypt signed a ten-year defence treaty with Jordan.'))).toContain('Egypt COOPERATES_WITH Jordan');
  });
  it('places a capital city in its own country, whether written as a pair or as "the capital of"', () => {
    expect(facts(extract('Flooding closed schools in Nairobi, Kenya, on Tuesday.'))).toContain('Nairobi LOCATED_IN Kenya');
    expect(facts(extract('The delegation flew on to Lima, the capital of Peru.'))).toContain('Lima LOCATED_IN Peru');
    expect(facts(extract('Peru\'s capital, Lima, was calm.'))).toContain('Lima LOCATED_IN Peru');
  });

  it('places a district named through a region\'s possessive', () => {
    expect(facts(extract('Storms hit Ohio\'s Butler County overnight.'))).toContain('Butler County LOCATED_IN Ohio');
  });

  it('places a news agency where its dateline files from', () => {
    expect(facts(extract('NAIROBI, Kenya (Reuters)'))).toEqual(expect.arrayContaining(['Reuters LOCATED_IN Nairobi', 'Reuters LOCATED_IN Kenya']));
    expect(facts(extract('LD1234567890 Lima AFP in Spanish 1200 GMT 3 Mar 95'))).toContain('AFP LOCATED_IN Lima');
  });

  it('reads "X at the Y" as X working for Y, but not a visit to a seat of government', () => {
    expect(facts(extract('Dana Whitfield at the Institute of Geology has mapped the fault.'))).toContain('Dana Whitfield WORKS_FOR Institute of Geology');
    expect(facts(extract('Dana Whitfield, another Acme Corp spokesman, declined to comment.'))).toContain('Dana Whitfield WORKS_FOR Acme Corp');
    expect(facts(extract('Dana Whitfield was received by officials and spoke at the Kremlin on Friday.'))).not.toContain('Dana Whitfield WORKS_FOR Kremlin');
  });
  it('reads a shooting as a killing, in the right direction even with an adverb inside the passive', () => {
    expect(facts(extract('Investigators say Pierre Dubois shot Henri Martin outside the bank.'))).toContain('Pierre Dubois KILLED Henri Martin');
    const passive = facts(extract('Investigators say Henri Martin was fatally shot by Pierre Dubois.'));
    expect(passive).toContain('Pierre Dubois KILLED Henri Martin');
    expect(passive).not.toContain('Henri Martin KILLED Pierre Dubois');
  });
  it('reads a job whose body is named in apposition after a description', () => {
    expect(facts(extract('Ivo Marek, chairman of the largest opposition party, the Green Alliance Party, spoke first.'))).toContain('Ivo Marek WORKS_FOR Green Alliance Party');
  });

  it('reads an acronym opening the sentence before a title and a name as the person\'s body', () => {
    expect(facts(extract('ZTK spokesman Karl Hobart said the plant would reopen.'))).toContain('Karl Hobart WORKS_FOR ZTK');
  });

  it('keeps a body whose name ends in a title word as the owner of the title after it', () => {
    expect(facts(extract('Classes resumed, Board of Education spokesman Karl Hobart said.'))).toContain('Karl Hobart WORKS_FOR Board of Education');
  });

  it('reads the abbreviated titles "Gov." and "Sen." before a name', () => {
    expect(facts(extract('On Monday, Nevada Gov. Ann Hollis signed the bill.'))).toContain('Ann Hollis LEADS Nevada');
    expect(facts(extract('The plan was backed by U.S. Sen. Karl Hobart on Friday.'))).toContain('Karl Hobart WORKS_FOR United States');
  });
  it('places a facility "in" a town across a compass word such as "northeast"', () => {
    expect(facts(extract('He was a patient at St. Agnes Hospital in Gosforth in northeast England.'))).toContain('Gosforth LOCATED_IN England');
  });
  it('keeps "Judge" and "Professor" out of the name, as titles', () => {
    const out = extract('Judge Ann Hollis of the Harbor Court ruled on Monday, and Professor Karl Hobart agreed.');
    expect(out.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ann Hollis', 'Karl Hobart']));
  });
  it('places a wire agency in its dateline city when the dateline carries a date, and reads its name in capitals', () => {
    const found = facts(extract('( Text ) Lyon , May 3 ( NORPRESS ) -- The council met on Monday .\nDAYTON , Ohio , June 2 ( AP ) -- The mayor spoke .'));
    expect(found).toContain('NORPRESS LOCATED_IN Lyon');
    expect(found).toContain('Associated Press LOCATED_IN Dayton');
  });
  it('reads a monitoring line whose file code starts with digits or follows the item\'s headline', () => {
    expect(facts(extract('94QX0125D Lyon LE PROGRES in French 20 Nov 93 p 15'))).toContain('LE PROGRES LOCATED_IN Lyon');
    expect(facts(extract('Farm Output Rises OW1102132994 Lyon LE PROGRES in French 1313 GMT 11 Feb 94'))).toContain('LE PROGRES LOCATED_IN Lyon');
  });
});
