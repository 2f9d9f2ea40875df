// Tests for reading extraction output as typed spans and as relations by surface text or by name.

import type { ExtractedArticle } from '../core/model.js';
import { mentionSpans, namedRelations, surfaceRelations } from './extraction-views.js';

const TEXT = 'Chancellor Ada Lind met Bo Strand in Malmo. Lind later phoned Strand. Lind did not meet Oskar Vik.';
const at = (needle: string, from = 0) => ({ start: TEXT.indexOf(needle, from), end: TEXT.indexOf(needle, from) + needle.length });
const sentenceAt = (needle: string) => ({ sentence: needle, ...at(needle) });

const ARTICLE: ExtractedArticle = {
  id: 'a1', file: null, parent: null, title: '', source: null, url: null, author: null, publishedAt: null, text: TEXT,
  entities: [
    { id: 'person:ada-lind', name: 'Ada Lind', type: 'PERSON', aliases: ['Lind'], mentions: [at('Ada Lind'), at('Lind', 30), at('Lind', 60)] },
    { id: 'person:bo-strand', name: 'Bo Strand', type: 'PERSON', aliases: ['Strand'], mentions: [at('Bo Strand'), at('Strand', 40)] },
    { id: 'location:malmo', name: 'Malmo', type: 'LOCATION', aliases: [], mentions: [at('Malmo')] },
    { id: 'person:oskar-vik', name: 'Oskar Vik', type: 'PERSON', aliases: [], mentions: [at('Oskar Vik')] },
  ],
  relations: [
    { subject: 'person:ada-lind', predicate: 'MET_WITH', object: 'person:bo-strand', verb: 'met', negated: false, confidence: 0.9, attributes: {}, ...sentenceAt('Chancellor Ada Lind met Bo Strand in Malmo.') },
    { subject: 'person:ada-lind', predicate: 'SPOKE_WITH', object: 'person:bo-strand', verb: 'phoned', negated: false, confidence: 0.9, attributes: {}, ...sentenceAt('Lind later phoned Strand.') },
    { subject: 'person:ada-lind', predicate: 'MET_WITH', object: 'person:oskar-vik', verb: 'meet', negated: true, confidence: 0.9, attributes: {}, ...sentenceAt('Lind did not meet Oskar Vik.') },
  ],
};

describe('mentionSpans', () => {
  it('labels every mention with its entity type mapped, and leaves out types that map to nothing', () => {
    const spans = mentionSpans(ARTICLE, (type) => (type === 'PERSON' ? 'PER' : undefined));
    expect(spans.map(({ start, end, label }) => [TEXT.slice(start, end), label])).toEqual([
      ['Ada Lind', 'PER'], ['Lind', 'PER'], ['Lind', 'PER'], ['Bo Strand', 'PER'], ['Strand', 'PER'], ['Oskar Vik', 'PER'],
    ]);
  });

  it('leaves out a nationality word that mentions a country, keeping the country named', () => {
    const text = 'German exporters met in Germany.';
    const article = { ...ARTICLE, text, entities: [{ id: 'country:germany', name: 'Germany', type: 'COUNTRY' as const, aliases: ['German'], mentions: [{ start: 0, end: 6 }, { start: 24, end: 31 }] }], relations: [] };
    expect(mentionSpans(article, () => 'LOC').map(({ start, end }) => text.slice(start, end))).toEqual(['Germany']);
  });
});

describe('surfaceRelations', () => {
  it('names the arguments as written in the evidence sentence', () => {
    expect(surfaceRelations(ARTICLE).map(({ subject, predicate, object }) => [subject, predicate, object])).toEqual([
      ['Ada Lind', 'MET_WITH', 'Bo Strand'],
      ['Lind', 'SPOKE_WITH', 'Strand'],
    ]);
  });

  it('falls back to the canonical name when the entity has no mention inside the sentence', () => {
    const relation = { ...ARTICLE.relations[1], ...sentenceAt('later phoned Strand.') };
    const [found] = surfaceRelations({ ...ARTICLE, relations: [relation] });
    expect(found.subject).toBe('Ada Lind');
  });
});

describe('namedRelations', () => {
  it('gives stated relations between canonical entities and leaves negated ones out', () => {
    expect(namedRelations(ARTICLE).map(({ subject, predicate, object }) => [subject.name, predicate, object.name])).toEqual([
      ['Ada Lind', 'MET_WITH', 'Bo Strand'],
      ['Ada Lind', 'SPOKE_WITH', 'Bo Strand'],
    ]);
  });
});
