// Reading each input format into raw articles, with problems reported as values.

import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../clean/clean-article.js';
import { readInputFile } from './read-input-file.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/inputs/${name}`, import.meta.url));

describe('readInputFile', () => {
  it('reads a JSON array of articles, keeping given ids and accepting "body" and "date"', async () => {
    const { articles, failures } = await readInputFile(fixture('articles.json'));
    expect(failures).toEqual([]);
    expect(articles.map((article) => article.id)).toEqual(['lake-1', 'lake-2']);
    expect(articles[0]).toMatchObject({ title: 'Swiss and Italian officials meet over lake pollution', source: 'Alpine Report', author: 'Nina Brunner' });
    expect(articles[1].text).toMatch(/^The Simplon border crossing/);
    expect(articles[1].publishedAt).toBe('May 22, 2024');
  });

  it('reports a bad JSON Lines line with its line number and still reads the good ones', async () => {
    const file = fixture('articles.jsonl');
    const { articles, failures } = await readInputFile(file);
    expect(articles.map((article) => [article.id, article.line])).toEqual([
      ['wire-1', 1],
      ['wire-3', 3],
    ]);
    expect(failures).toEqual([{ file, line: 2, reason: expect.stringContaining('line 2 is not valid JSON') }]);
  });

  it('reads Markdown front matter as facts and the body without markup', async () => {
    const [article] = (await readInputFile(fixture('story.md'))).articles;
    expect(article).toMatchObject({
      title: 'Kenya and Tanzania open a one-stop border post',
      source: 'Savanna Times',
      url: 'https://example.org/savanna/border-post',
      author: 'Amina Otieno',
    });
    expect(article.publishedAt).toMatch(/^2024-07-01/);
    expect(article.text).toContain('Kenyan President Daniel Mwangi and Tanzanian President Grace Mushi opened a shared border post at Namanga on Monday');
    expect(article.text).not.toMatch(/\*\*|\]\(|^>/m);
  });

  it('reads an HTML page: the story text without scripts, menus or ads, and the facts from its meta tags', async () => {
    const [article] = (await readInputFile(fixture('page.html'))).articles;
    expect(article).toMatchObject({
      title: 'Port of Gdansk opens new grain terminal',
      source: 'Baltic Ledger',
      author: 'Tomasz Wrona',
      url: 'https://example.org/news/gdansk-grain-terminal',
      publishedAt: '2024-09-05T08:30:00+02:00',
    });
    expect(article.text).toContain('Infrastructure Minister Piotr Zielinski cut the ribbon');
    expect(article.text).toContain('Farmers\' groups welcomed the opening');
    for (const furniture of ['tracking', 'adQueue', 'Sign in', 'Most read', 'Storm closes ferry routes', 'All rights reserved']) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('leaves no ad label or byline line in an HTML story once it is cleaned', async () => {
    const [article] = (await readInputFile(fixture('page.html'))).articles;
    const [story] = cleanArticle(article);
    expect(story.text.split('\n\n')).toHaveLength(4);
    expect(story.text).not.toMatch(/Advertisement|By Tomasz Wrona/);
    expect(story).toMatchObject({ author: 'Tomasz Wrona', publishedAt: '2024-09-05', source: 'Baltic Ledger' });
  });

  it('rejects an empty file with a reason instead of crashing', async () => {
    const file = fixture('empty.txt');
    expect(await readInputFile(file)).toEqual({ articles: [], failures: [{ file, reason: expect.stringMatching(/empty/) }] });
  });

  it('rejects an unknown file type with a reason that lists the known ones', async () => {
    const file = fixture('notes.xyz');
    const { failures } = await readInputFile(file);
    expect(failures).toEqual([{ file, reason: expect.stringContaining('unsupported file type .xyz') }]);
    expect(failures[0].reason).toMatch(/\.txt.*\.md.*\.html.*\.json.*\.jsonl/);
  });

  it('reports a JSON record without text instead of loading an empty article', async () => {
    const { readJsonLine } = await import('./json-lines-reader.js');
    expect(readJsonLine('{"id": "x", "text": "   "}', '<stdin>', 4)).toEqual({
      file: '<stdin>',
      line: 4,
      reason: expect.stringContaining('no text'),
    });
  });
});
