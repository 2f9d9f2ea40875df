// Tests for the rule-based extractor: entities without titles, exact mentions, roles, relations
// (active, passive, nominal), negation, quotes, in-article and cross-article resolution.

import type { ExtractedArticle, ExtractedRelation } from '../../core/model.js';
import type { CleanArticle } from '../clean/clean-article.js';
import { createExtractor } from './extract-article.js';

function article(text: string, id = 'a1'): CleanArticle {
  return { id, file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: '2024-05-14', text };
}

function extract(text: string): ExtractedArticle {
  return createExtractor().extract(article(text));
}

const nameOf = (out: ExtractedArticle, id: string) => out.entities.find((e) => e.id === id)?.name;

/** Relations as "Subject PREDICATE Object" lines, for readable assertions. */
function facts(out: ExtractedArticle, filter: (r: ExtractedRelation) => boolean = (r) => !r.negated): string[] {
  return out.relations.filter(filter).map((r) => `${nameOf(out, r.subject)} ${r.predicate} ${nameOf(out, r.object)}`);
}

function entity(out: ExtractedArticle, name: string) {
  return out.entities.find((e) => e.name === name);
}

describe('createExtractor', () => {
  it('finds two leaders, their countries and the call between them', () => {
    const out = extract('Russian President Vladimir Putin spoke by phone with Iranian President Ebrahim Raisi on Tuesday.');
    expect(entity(out, 'Vladimir Putin')?.type).toBe('PERSON');
    expect(entity(out, 'Ebrahim Raisi')?.type).toBe('PERSON');
    expect(entity(out, 'Russia')?.type).toBe('COUNTRY');
    expect(entity(out, 'Iran')?.type).toBe('COUNTRY');
    expect(facts(out)).toEqual(
      expect.arrayContaining(['Vladimir Putin SPOKE_WITH Ebrahim Raisi', 'Vladimir Putin LEADS Russia', 'Ebrahim Raisi LEADS Iran']),
    );
  });

  it('never makes an entity of a title and never keeps a title in a name', () => {
    const out = extract('President Donald Trump met the Prime Minister on Monday. The President later said the talks went well.');
    expect(out.entities.map((e) => e.name)).toContain('Donald Trump');
    for (const e of out.entities) expect(e.name).not.toMatch(/\b(?:President|Minister|Prime)\b/);
  });

  it('points every mention and every evidence sentence at the exact text', () => {
    const text = 'Officials in Kyiv said Iranian drones hit a power plant.\n\nLater, Israeli Prime Minister Benjamin Netanyahu criticized Iran, and Netanyahu repeated it.';
    const out = extract(text);
    expect(out.entities.length).toBeGreaterThan(2);
    for (const e of out.entities) {
      for (const m of e.mentions) {
        const surface = text.slice(m.start, m.end);
        expect(surface.trim()).toBe(surface);
        expect(surface.length).toBeGreaterThan(0);
      }
    }
    expect(entity(out, 'Benjamin Netanyahu')?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Benjamin Netanyahu', 'Netanyahu']);
    for (const r of out.relations) expect(text.slice(r.start, r.end)).toBe(r.sentence);
  });

  it('resolves a bare surname to the full name used earlier, keeping it as an alias', () => {
    const out = extract('German Chancellor Olaf Scholz arrived in Paris. Scholz then met reporters.');
    const scholz = entity(out, 'Olaf Scholz');
    expect(scholz?.mentions).toHaveLength(2);
    expect(scholz?.aliases).toContain('Scholz');
    expect(out.entities.filter((e) => e.type === 'PERSON')).toHaveLength(1);
  });

  it('gives Zelensky and Zelenskiy in two articles of one run the same id', () => {
    const extractor = createExtractor();
    const first = extractor.extract(article('Ukrainian President Volodymyr Zelensky addressed parliament on Friday.', 'a1'));
    const second = extractor.extract(article('On Saturday, a statement from Zelenskiy thanked the allies.', 'a2'));
    const ids = [first, second].map((out) => out.entities.find((e) => e.type === 'PERSON')?.id);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
  });

  it('remembers full names across articles, so a later bare surname resolves', () => {
    const extractor = createExtractor();
    extractor.extract(article('Russian President Vladimir Putin chaired a security meeting.', 'a1'));
    const out = extractor.extract(article('In a speech, Putin criticized NATO.', 'a2'));
    expect(facts(out)).toContain('Vladimir Putin CRITICIZED NATO');
  });

  it('reads a supplier sentence as SUPPLIES with the item supplied', () => {
    const out = extract('Iran has become a key supplier of weapons for Russia, providing Shahed drones to its army.');
    const supplies = out.relations.find((r) => r.predicate === 'SUPPLIES');
    expect(supplies && `${nameOf(out, supplies.subject)} SUPPLIES ${nameOf(out, supplies.object)}`).toBe('Iran SUPPLIES Russia');
    expect(supplies?.attributes.item).toBe('drones');
  });

  it('reads "turned down an offer" as a rejection of the one who offered', () => {
    const out = extract("Donald Trump turned down Vladimir Putin's offer to mediate between the two sides.");
    expect(facts(out)).toContain('Donald Trump REJECTED Vladimir Putin');
  });

  it('reads "X\'s strikes on Y" as an attack by X on Y', () => {
    const out = extract("Israel's strikes on Iran continued for a third night.");
    expect(facts(out)).toEqual(['Israel ATTACKED Iran']);
  });

  it('reads a passive sentence with the agent as the subject', () => {
    const out = extract('Kharkiv was shelled by Russia overnight.');
    expect(facts(out)).toEqual(['Russia ATTACKED Kharkiv']);
  });

  it('reads "a call between X and Y" as the two speaking', () => {
    const out = extract('Aides described a call between Turkish President Recep Tayyip Erdogan and Ukrainian President Volodymyr Zelensky.');
    expect(facts(out)).toContain('Recep Tayyip Erdogan SPOKE_WITH Volodymyr Zelensky');
  });

  it('marks held-back, negated and hypothetical statements as negated', () => {
    const held = extract('Donald Trump held back from approving sanctions against Moscow.');
    expect(held.relations.length).toBeGreaterThan(0);
    expect(held.relations.filter((r) => r.predicate === 'SANCTIONED').every((r) => r.negated)).toBe(true);
    expect(facts(held, (r) => r.predicate === 'SANCTIONED')).toEqual(['Donald Trump SANCTIONED Russia']);

    const meet = extract('French President Emmanuel Macron did not meet Chinese President Xi Jinping in Beijing.');
    expect(meet.relations.find((r) => r.predicate === 'MET_WITH')?.negated).toBe(true);

    const may = extract('Officials fear that Russia may attack Moldova next year.');
    expect(may.relations.find((r) => r.predicate === 'ATTACKED')?.negated).toBe(true);
  });

  it('lets a capital or seat of government act for its country', () => {
    const out = extract('The Kremlin condemned Israel, while Washington backed Israel.');
    expect(facts(out)).toEqual(expect.arrayContaining(['Russia CRITICIZED Israel', 'United States SUPPORTS Israel']));
  });

  it('turns appositive titles into role relations', () => {
    const out = extract(
      'Russian Deputy Foreign Minister Sergei Ryabkov spoke first. White House spokesperson Karoline Leavitt answered. US President Donald Trump listened.',
    );
    expect(facts(out)).toEqual(
      expect.arrayContaining(['Sergei Ryabkov WORKS_FOR Russia', 'Karoline Leavitt WORKS_FOR White House', 'Donald Trump LEADS United States']),
    );
  });

  it('draws no current role from a former title', () => {
    const out = extract('Former British ambassador John Smith said the talks would fail.');
    expect(out.relations.filter((r) => r.predicate === 'WORKS_FOR')).toEqual([]);
  });

  it('makes no relations out of words inside quotation marks', () => {
    const out = extract('German Chancellor Olaf Scholz said: "Russia attacked Ukraine and Iran supplied the drones."');
    expect(out.relations.filter((r) => r.predicate !== 'LEADS')).toEqual([]);
  });

  it('resolves "the Russian leader" to the leader named before', () => {
    const out = extract('Russian President Vladimir Putin returned to Moscow. US President Donald Trump later warned the Russian leader.');
    expect(facts(out)).toContain('Donald Trump WARNED Vladimir Putin');
  });

  it('gives the same output for the same input', () => {
    const text = 'Iranian President Ebrahim Raisi met Syrian President Bashar Assad in Damascus. Raisi praised Assad.';
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });
});
