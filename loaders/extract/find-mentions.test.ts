// Tests for entity recognition on newswire: datelines, particles and initials in names, results lists,
// teams on the sports pages, companies, acronyms, events, and demonyms that are adjectives.

import type { ExtractedArticle } from '../../core/model.js';
import { createExtractor } from './extract-article.js';

function extract(text: string): ExtractedArticle {
  return createExtractor().extract({ id: 'a1', file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: '2024-05-14', text });
}

/** Every mention as "TYPE surface", in text order. */
function mentions(text: string): string[] {
  const out = extract(text);
  return out.entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, label: `${e.type} ${text.slice(m.start, m.end)}` })))
    .sort((a, b) => a.start - b.start)
    .map((m) => m.label);
}

describe('entity recognition on newswire', () => {
  it('reads the city of a dateline as a place, even in capitals', () => {
    const out = extract('MUNICH 2024-03-02\nThe city council met on Monday to discuss the budget.');
    const munich = out.entities.find((e) => e.name === 'Munich');
    expect(munich?.type).toBe('LOCATION');
    expect(munich?.mentions).toEqual([{ start: 0, end: 6 }]);
  });

  it('keeps lower-case particles inside a name', () => {
    const out = extract('Syrian President Bashar al-Assad received the delegation in Damascus on Sunday.');
    expect(out.entities.find((e) => e.type === 'PERSON')?.name).toBe('Bashar al-Assad');
  });

  it('finds people named by an initial and a surname in a scorecard', () => {
    expect(mentions('Yorkshire made 301 ( R. Tennant 48 , P. Okafor 71 not out ) .')).toEqual(
      expect.arrayContaining(['PERSON R. Tennant', 'PERSON P. Okafor']),
    );
  });

  it('finds people in a results list although the line is mostly capitalised', () => {
    expect(mentions('1. Marta Kowalczyk ( Poland ) 12.40 2. Ines Barroso ( Portugal ) 12.51')).toEqual([
      'PERSON Marta Kowalczyk',
      'COUNTRY Poland',
      'PERSON Ines Barroso',
      'COUNTRY Portugal',
    ]);
  });

  it('takes no new names from a Title Case headline', () => {
    expect(mentions('Lone Sailor Reaches Harbour After Storm')).toEqual([]);
  });

  it('reads a city followed by its score, or by a team nickname, as a team', () => {
    expect(mentions('Leeds 2 Bristol 0')).toEqual(['ORGANIZATION Leeds', 'ORGANIZATION Bristol']);
    expect(mentions('A late goal lifted the Denver Comets past the visitors.')).toEqual(['ORGANIZATION Denver Comets']);
  });

  it('reads the names that open results lines and league tables as teams, but not the labels of a price table', () => {
    expect(mentions('Brenlow 2 Tarrow Athletic 1')).toEqual(['ORGANIZATION Brenlow', 'ORGANIZATION Tarrow Athletic']);
    expect(mentions('Brenlow 1 ( Malek 12th ) Tarrow 0')).toContain('ORGANIZATION Brenlow');
    expect(mentions('Brenlow 6 4 1 1 12 5 13')).toEqual(['ORGANIZATION Brenlow']);
    expect(mentions('TARROW 70 52 .574 -')).toEqual(['ORGANIZATION TARROW']);
    expect(mentions('Brenlow 301-6 ( J. Marsh 88 )')).toContain('ORGANIZATION Brenlow');
    expect(mentions('Gasoline 400 425')).toEqual([]);
    expect(mentions('Attendance 6,000 .')).toEqual([]);
  });

  it('reads a side of a result or fixture as the team even when its name is a surname in the article, but not a player in a table of figures', () => {
    const text = 'Tom Barker scored twice .\nHull 1 Barker 2\nTarrow v Barker\nTom Barker 71 68 70 69';
    expect(mentions(text)).toEqual([
      'PERSON Tom Barker',
      'ORGANIZATION Hull',
      'ORGANIZATION Barker',
      'ORGANIZATION Tarrow',
      'ORGANIZATION Barker',
      'PERSON Tom Barker',
    ]);
  });

  it('reads a company named later by the first word of its name as the same company', () => {
    const out = extract('Shares in Kelworth Holdings Plc rose .\nKelworth said sales grew .');
    expect(out.entities.map((e) => `${e.type} ${e.name} ${e.aliases.join(',')}`)).toEqual(['ORGANIZATION Kelworth Holdings Plc Kelworth']);
  });

  it('reads the place that heads a block of results as a place', () => {
    expect(mentions('At Kelworth : Tarrow 301-6 .')).toEqual(['LOCATION Kelworth', 'ORGANIZATION Tarrow']);
  });

  it('reads the scorers listed with the minutes of their goals as people', () => {
    expect(mentions('Brenlow 2 ( Korvald 15th , Hessing 78th ) Tarrow 0 .')).toEqual([
      'ORGANIZATION Brenlow',
      'PERSON Korvald',
      'PERSON Hessing',
      'ORGANIZATION Tarrow',
    ]);
  });

  it('keeps a home nation before its score as the place, as a country stays the country', () => {
    expect(mentions('Scotland 2 Brenlow 1')).toEqual(['LOCATION Scotland', 'ORGANIZATION Brenlow']);
  });

  it('reads a league-table row with points in thousands as a team', () => {
    expect(mentions('Brenlow 21 14 0 7 2009 1844 108.9 56')).toEqual(['ORGANIZATION Brenlow']);
  });

  it('reads the sides of a fixture and the clubs of a squad list as teams, but a country as the country', () => {
    expect(mentions('Brenlow v Tarrow')).toEqual(['ORGANIZATION Brenlow', 'ORGANIZATION Tarrow']);
    expect(mentions('Defenders - Piotr Malek ( Brenlow ) , Tom Barker ( Tarrow ) .')).toEqual([
      'PERSON Piotr Malek',
      'ORGANIZATION Brenlow',
      'PERSON Tom Barker',
      'ORGANIZATION Tarrow',
    ]);
    expect(mentions('3. Tom Marsh ( Canada ) Brenlow 1:54.301')).toEqual(['PERSON Tom Marsh', 'COUNTRY Canada', 'ORGANIZATION Brenlow']);
  });

  it('reads an unknown acronym that opens a sentence and acts as an organisation, but not a table label', () => {
    expect(mentions('ZQX said profits fell.')).toEqual(['ORGANIZATION ZQX']);
    expect(mentions('EPS 11.61 yen against 3.92 yen.')).toEqual([]);
  });

  it('reads a name right after a noun for a kind of body as an organisation, but not a person\'s name', () => {
    expect(mentions('The state news agency Brenlo reported the fire.')).toEqual(['ORGANIZATION Brenlo']);
    expect(mentions('Shares of the insurer Tarrow Mutua fell.')).toEqual(['ORGANIZATION Tarrow Mutua']);
    expect(mentions('The club signed Michael Brand on Monday.')).toEqual(['PERSON Michael Brand']);
  });

  it('takes no person from the plural of a nationality', () => {
    expect(mentions('Talks between Kenyans and Sri Lankans resumed on Monday .')).toEqual([]);
  });

  it('takes no organisation from the abbreviation of a time or measure, or from a number before a unit', () => {
    expect(mentions('Talks resume at 1000 GMT , when GDP figures are due .')).toEqual([]);
    expect(mentions('He is the Olympic 100 metres champion .')).toEqual([]);
  });

  it('reads an unknown acronym alone in brackets as an organisation', () => {
    expect(mentions('Members of the Brenlow Farmers League ( BFL ) met on Monday.')).toContain('ORGANIZATION BFL');
  });

  it('reads a team of the article\'s results as the team when it opens a sentence', () => {
    expect(mentions('Brenlow 2 Tarrow 0\nBrenlow , who lead the table , won again.')).toEqual([
      'ORGANIZATION Brenlow',
      'ORGANIZATION Tarrow',
      'ORGANIZATION Brenlow',
    ]);
  });

  it('recognises companies by their suffix and unknown acronyms as organisations', () => {
    expect(mentions('Shares of Norrland Timber Corp rose after analysts at ZQX praised the results.')).toEqual([
      'ORGANIZATION Norrland Timber Corp',
      'ORGANIZATION ZQX',
    ]);
  });

  it('does not take the place in an event name for the place itself', () => {
    const out = extract('She reached the final of the Hong Kong Open on Saturday.');
    expect(out.entities.map((e) => `${e.type} ${e.name}`)).toEqual(['EVENT Hong Kong Open']);
  });

  it('does not list a nationality adjective as a mention of a country the article names', () => {
    const text = 'German police arrested two men on Friday. Germany has tightened its border checks.';
    const germany = extract(text).entities.find((e) => e.name === 'Germany');
    expect(germany?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Germany']);
  });

  it('still counts a nationality adjective as the country when the country is never named', () => {
    const text = 'American bombers flew over the sea on Tuesday.';
    const country = extract(text).entities.find((e) => e.type === 'COUNTRY');
    expect(country?.name).toBe('United States');
    expect(country?.mentions).toEqual([{ start: 0, end: 8 }]);
  });
  it('reads an unknown capitalised name after "in" or "near" as a place', () => {
    expect(mentions('The singer Marta Kowalczyk was born in Brenlow and later moved near Tarrow Falls.')).toEqual(
      expect.arrayContaining(['LOCATION Brenlow', 'LOCATION Tarrow Falls']),
    );
  });

  it('knows countries that no longer exist', () => {
    expect(mentions('The delegation from Yugoslavia met envoys of the Soviet Union.')).toEqual(['LOCATION Yugoslavia', 'LOCATION Soviet Union']);
  });

  it('keeps a middle initial that is also a word inside the name', () => {
    expect(mentions('Judge Henry A. Kowalski read the ruling.')).toEqual(['PERSON Henry A. Kowalski']);
  });

  it('keeps the remit of a body in its name', () => {
    expect(mentions('She joined the Brenlow Institute for Coastal Studies last year.')).toEqual(['ORGANIZATION Brenlow Institute for Coastal Studies']);
  });
  it('reads an agency dateline with a state or country but no date, and a state abbreviation that is also a word', () => {
    expect(mentions('BRENLOW , N.J. ( AP ) _ A fire destroyed the pier.')).toEqual(['LOCATION BRENLOW', 'LOCATION N.J.', 'ORGANIZATION AP']);
    expect(mentions('The mill in Tarrow , Ill. closed.')).toEqual(['LOCATION Tarrow', 'LOCATION Ill.']);
    expect(mentions('Ill. residents sat in the waiting room.')).toEqual([]);
  });
  it('reads the source of a monitored broadcast or paper after the place it comes from', () => {
    expect(mentions('Havana Radio Tarrow Network in Spanish 2100 GMT 13 Feb 94')).toEqual(expect.arrayContaining(['LOCATION Havana', 'ORGANIZATION Radio Tarrow Network']));
    expect(mentions('AB0102030405 Cairo AL-BRENLOW')).toEqual(['LOCATION Cairo', 'ORGANIZATION AL-BRENLOW']);
  });
  it('keeps an abbreviated "St." or "Ft." inside a place name', () => {
    expect(mentions('The train ran from St. Brenlow to Ft. Tarrow , Mo. last year.')).toEqual(['LOCATION St. Brenlow', 'LOCATION Ft. Tarrow', 'LOCATION Mo.']);
  });
  it('reads a name before a lower-case title and a person as the body the person serves', () => {
    expect(mentions('Tarrow Brenlow spokesman John Marsh declined to comment.')).toEqual(['ORGANIZATION Tarrow Brenlow', 'PERSON John Marsh']);
    expect(mentions('( By BRN-TASS correspondent Piotr Malek )')).toEqual(['ORGANIZATION BRN-TASS', 'PERSON Piotr Malek']);
  });

  it('reads the cue word at the end of a hyphenated name', () => {
    expect(mentions('She edits the Tarrow Herald-Press every week.')).toEqual(['ORGANIZATION Tarrow Herald-Press']);
  });
  it('reads a town in an address as a place, though its words are also first names', () => {
    expect(mentions('The Brandt Tools Co. of Franklin Lakes, N.J., makes the parts.')).toContain('LOCATION Franklin Lakes');
    expect(mentions('Charges were filed against the Brandt Co. of McCook, Ill., on Monday.')).toContain('LOCATION McCook');
    expect(mentions('In the case of Louis Farrakhan, the U.S. black leader, officials said nothing.')).toContain('PERSON Louis Farrakhan');
  });
  it('reads the name a job is "of" as a body, though its words read like a person\'s, but not a client "for" a person', () => {
    expect(mentions('Dale Mercer, manager of Bradley Wells Air, said the crew was safe.')).toContain('ORGANIZATION Bradley Wells Air');
    expect(mentions('Ann Lee, mayor of Fontana Springs, spoke first.')).not.toContain('ORGANIZATION Fontana Springs');
    expect(mentions('Tom Brand, a lawyer for John Smith, spoke first.')).toContain('PERSON John Smith');
  });
  it('reads a broadcaster\'s name whole, with the country it serves inside it', () => {
    expect(mentions('He spoke on Radio Lebanon on Monday.')).toContain('ORGANIZATION Radio Lebanon');
  });
});
