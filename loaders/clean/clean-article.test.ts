// Cleaning messy pasted pages: boilerplate out, story kept, facts found, related stories split off.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from './clean-article.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/inputs/${name}`, import.meta.url));
const pastedPage = readFileSync(fixture('pasted-page.txt'), 'utf8');

describe('cleanArticle on a pasted web page', () => {
  const [main, ...related] = cleanArticle({ file: 'pasted-page.txt', text: pastedPage });

  it('drops sign-in prompts, sponsors, widgets, stray numbers, shouted links and photo credits', () => {
    for (const furniture of [
      'Skip to main content',
      'subscriber',
      'card on file',
      'Sponsor',
      'TIDEWATCH',
      '88412',
      'FERRY STRIKE',
      'Pool Photo',
      'CLICK HERE',
      'JOIN THE MOVEMENT',
      'Keep up to date',
      'Hashtags',
      'No comments',
      'Explore what',
      'Bergen,NO',
      'Related Articles',
    ]) {
      expect(main.text).not.toContain(furniture);
    }
  });

  it('keeps every paragraph of the story, in order, separated by blank lines', () => {
    const paragraphs = main.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Norway and Iceland will pool their search-and-rescue helicopters/);
    expect(paragraphs[1]).toContain('Norwegian Prime Minister Ingrid Solheim said after meeting');
    expect(paragraphs[3]).toMatch(/both parliaments, which are expected to vote before the summer\.$/);
  });

  it('finds the headline, outlet, author and publication date in the page header', () => {
    expect(main.title).toBe('Norway and Iceland agree to share rescue helicopters over the North Atlantic');
    expect(main.source).toBe('THE HARBOR DAILY');
    expect(main.author).toBe('Maria Olsen');
    expect(main.publishedAt).toBe('2024-03-14');
  });

  it('straightens curly quotes and apostrophes so the text reads the same whoever typed it', () => {
    expect(main.text).toContain('"Nobody at sea should wait longer');
    expect(main.text).toContain("Iceland's coast guard");
    expect(main.text).not.toMatch(/[\u2018\u2019\u201C\u201D]/);
  });

  it('splits the related-articles block into separate stories whose parent is the main story', () => {
    expect(related.map((story) => story.title)).toEqual([
      'Fishing fleet stays in port as storm nears Lofoten',
      'Danish minister visits Faroe shipyard',
    ]);
    for (const story of related) {
      expect(story.parent).toBe(main.id);
      expect(story.source).toBe('Coastal Wire');
      expect(story.id).not.toBe(main.id);
    }
    expect(main.parent).toBeNull();
    expect(main.text).not.toContain('Kari Nilsen');
    expect(related[0].text).toContain('fisheries director Kari Nilsen said');
    expect(related[0].text).not.toContain('DETAILS TO FOLLOW');
    expect(related[1].text).not.toContain('Kari Nilsen');
  });

  it('derives the same content id every time the same page is cleaned', () => {
    const again = cleanArticle({ file: 'elsewhere.txt', text: pastedPage });
    expect(main.id).toMatch(/^a_[0-9a-f]{16}$/);
    expect(again.map((story) => story.id)).toEqual([main.id, ...related.map((story) => story.id)]);
  });
});

describe('cleanArticle on simpler inputs', () => {
  it('keeps a given id and given facts over what the text suggests', () => {
    const [story] = cleanArticle({
      file: 'given.json',
      id: 'given-7',
      title: 'Given headline',
      source: 'Given Outlet',
      publishedAt: '2023-11-02T09:00:00Z',
      text: 'Other headline here\nThe port reopened on Tuesday after a week of repairs, the harbour master said.',
    });
    expect(story).toMatchObject({ id: 'given-7', title: 'Given headline', source: 'Given Outlet', publishedAt: '2023-11-02' });
  });

  it('uses the first sentence as the title when a page shows no headline', () => {
    const [story] = cleanArticle({
      file: 'plain.txt',
      text: 'The council approved the new bridge on Monday after a long debate. Work starts in spring.',
    });
    expect(story.title).toBe('The council approved the new bridge on Monday after a long debate.');
    expect(story.text).toBe('The council approved the new bridge on Monday after a long debate. Work starts in spring.');
  });

  it('joins hard-wrapped newswire lines back into paragraphs', () => {
    const wrapped = [
      'Farm ministers from six countries met in Rome on Tuesday to',
      'discuss grain prices, which have risen sharply since the',
      'spring floods damaged crops across the region.',
      '    The ministers agreed to meet again in June to review',
      'stocks and shipping costs, officials said.',
    ].join('\n');
    const [story] = cleanArticle({ file: 'wire.txt', text: wrapped });
    expect(story.text.split('\n\n')).toEqual([
      'Farm ministers from six countries met in Rome on Tuesday to discuss grain prices, which have risen sharply since the spring floods damaged crops across the region.',
      'The ministers agreed to meet again in June to review stocks and shipping costs, officials said.',
    ]);
  });

  it('returns no story when a page holds nothing but furniture', () => {
    expect(cleanArticle({ file: 'wall.txt', text: 'Skip to main content\nSign in\nSponsor: ACME\n12 345\nJOIN THE MOVEMENT' })).toEqual([]);
  });
});
