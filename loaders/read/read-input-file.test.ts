// Reading each input format into raw articles, with problems reported as values.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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

describe('readInputFile on hostile input', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Writes `content` to a file of the temp folder and returns its path. */
  const file = (name: string, content: string | Buffer) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  const onlyFailure = async (path: string, options = {}) => {
    const { articles, failures } = await readInputFile(path, options);
    expect(articles).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0].file).toBe(path);
    return failures[0].reason;
  };

  it('refuses a whitespace-only file as empty', async () => {
    expect(await onlyFailure(file('blank.md', ' \n\t\r\n  '))).toMatch(/empty/);
  });

  it('refuses a PDF, an image and an archive named .txt, naming what each looks like', async () => {
    expect(await onlyFailure(file('scan.txt', '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n'))).toMatch(/^looks like a PDF document, not text/);
    const png = Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001080600000000', 'hex');
    expect(await onlyFailure(file('photo.txt', png))).toMatch(/^looks like an image \(PNG\), not text/);
    expect(await onlyFailure(file('stories.jsonl', gzipSync('{"text": "zipped"}\n')))).toMatch(/^looks like a gz archive, not text/);
    expect(await onlyFailure(file('blob.html', Buffer.from([0x41, 0x00, 0x42, 0xff, 0x00])))).toMatch(/^looks like binary data/);
  });

  it('reads UTF-16 text with a byte order mark, little- and big-endian', async () => {
    const text = 'Ukrainian President Volodymyr Zelenskiy met Turkish President Recep Tayyip Erdoğan in Ankara.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(Buffer.from(text, 'utf16le')).swap16()]);
    expect((await readInputFile(file('le.txt', le))).articles[0].text).toBe(text);
    expect((await readInputFile(file('be.txt', be))).articles[0].text).toBe(text);
  });

  it('reads a Windows-1252 file as such, with no replacement characters', async () => {
    const { articles } = await readInputFile(file('legacy.txt', Buffer.from('The caf\xe9 owner said \x93we reopen on Monday\x94 \x96 prices rose 5\x80.', 'latin1')));
    expect(articles[0].text).toBe('The café owner said “we reopen on Monday” – prices rose 5€.');
  });

  it('refuses a 20 MB file before reading it, saying how to get it read', async () => {
    const big = file('huge.txt', '');
    truncateSync(big, 20 * 1024 * 1024);
    expect(await onlyFailure(big)).toBe('too large (20.0 MB > 10 MB limit); split it or raise NEWSGRAPH_MAX_INPUT_MB');
    expect(await onlyFailure(big, { maxInputMegabytes: 15 })).toMatch(/\(20\.0 MB > 15 MB limit\)/);
    expect(await onlyFailure(big, { maxInputMegabytes: 25 })).toMatch(/^looks like binary data/);
  });

  it('refuses a named pipe called pipe.txt as not a regular file, without waiting for a writer', async () => {
    const pipe = join(folder, 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    expect(await onlyFailure(pipe)).toMatch(/^not a regular file \(a named pipe \(FIFO\)\)/);
  });

  it('keeps script, style, iframe, SVG and comment text out of an HTML article, even with broken markup', async () => {
    const page = file(
      'hostile.html',
      `<!doctype html><html><head><title>Talks in Ankara</title><style>.styleText { color: red }</style>
      <script>var scriptText = "<p>Injected</p>";</script></head><body><!-- commentText -->
      <iframe src="https://ads.example"><p>iframeText</p></iframe>
      <article><h1>Talks in Ankara<p>Ukrainian President Volodymyr Zelenskiy met Turkish President Recep Tayyip Erdogan in Ankara on Friday.
      <p>The two leaders discussed grain exports <b>and <i>prisoner exchanges</b></i>.<noscript>noscriptText</noscript>
      <template><p>templateText</p></template><svg><script>svgScriptText()</script><text>svgText</text></svg>
      <p>Erdogan offered to host further talks.<script>inlineScriptText()</script><div><p>An unclosed paragraph
      </article><script>unclosedScriptText = 1; <p>after the unclosed script</p>`,
    );
    const [article] = (await readInputFile(page)).articles;
    expect(article.text).toContain('Zelenskiy met Turkish President Recep Tayyip Erdogan in Ankara on Friday.');
    expect(article.text).toContain('grain exports and prisoner exchanges');
    expect(article.text).toContain('An unclosed paragraph');
    expect(article.text).not.toMatch(/styleText|scriptText|Injected|commentText|iframeText|noscriptText|templateText|svgText|ScriptText|after the unclosed script/);
  });

  it('refuses HTML nested thousands of elements deep instead of taking minutes over it', async () => {
    const page = file('deep.html', `<p>Putin called Raisi.</p>${'<div>'.repeat(5000)}deep`);
    expect(await onlyFailure(page)).toBe('the HTML is nested 5003 elements deep (more than 1000); no article page is: not read');
  });

  it('reads a 200 KB Markdown line of emphasis markers that never close as plain text (regression: each opener scanned the whole line)', async () => {
    const [article] = (await readInputFile(file('unclosed.md', '**a '.repeat(50_000)))).articles;
    expect(article.text).toBe('**a '.repeat(50_000).trim());
  });

  it('never runs JavaScript front matter in a Markdown or text file, and refuses the file instead', async () => {
    const evil = (engine: string) =>
      `---${engine}\n{ title: (function () { globalThis.newsgraphFrontMatterRan = true; return 'ran'; })() }\n---\nPutin called Raisi on Monday.\n`;
    for (const [name, engine] of [['evil.md', 'js'], ['evil.txt', 'javascript'], ['evil-upper.md', 'JS']]) {
      expect(await onlyFailure(file(name, evil(engine)))).toMatch(/JavaScript front matter \(---js\) is never run/);
    }
    expect((globalThis as { newsgraphFrontMatterRan?: boolean }).newsgraphFrontMatterRan).toBeUndefined();
  });

  it('refuses JSON that holds no article: a number, a string, null, an object without text', async () => {
    expect(await onlyFailure(file('number.json', '42'))).toMatch(/expecting an article object .*found a number/);
    expect(await onlyFailure(file('string.json', '"Putin called Raisi"'))).toMatch(/found a string/);
    expect(await onlyFailure(file('null.json', 'null'))).toMatch(/found null/);
    expect(await onlyFailure(file('no-text.json', '{"id": "a", "title": "Only a title"}'))).toMatch(/no text/);
    expect(await onlyFailure(file('empty-array.json', '[]'))).toMatch(/empty/);
  });

  it('loads the good items of a JSON array and reports each bad one with its index', async () => {
    const path = file(
      'mixed.json',
      JSON.stringify([{ id: 'good-1', text: 'Putin called Raisi.' }, 7, { id: 'no-text' }, { id: 'good-2', text: 'Erdogan met Zelenskiy.' }, [], { text: 5 }]),
    );
    const { articles, failures } = await readInputFile(path);
    expect(articles.map((article) => article.id)).toEqual(['good-1', 'good-2']);
    expect(failures.map((failure) => failure.index)).toEqual([1, 2, 4, 5]);
    expect(failures.map((failure) => failure.reason)).toEqual([
      expect.stringMatching(/^item at index 1: expecting an article object .*found a number/),
      expect.stringMatching(/^item at index 2: the article has no text/),
      expect.stringMatching(/^item at index 4: .*found an array/),
      expect.stringMatching(/^item at index 5: field "text" is not valid/),
    ]);
  });

  it('loads the good lines of JSON Lines and reports each bad one with its line number', async () => {
    const path = file('mixed.jsonl', ['{"id": "a", "text": "Putin called Raisi."}', '{broken', '', '42', '["x"]', '{"id": "b", "text": "Erdogan met Zelenskiy."}', '{"id": "c"}'].join('\n'));
    const { articles, failures } = await readInputFile(path);
    expect(articles.map((article) => [article.id, article.line])).toEqual([['a', 1], ['b', 6]]);
    expect(failures.map((failure) => [failure.line, failure.reason.slice(0, 7)])).toEqual([[2, 'line 2 '], [4, 'line 4:'], [5, 'line 5:'], [7, 'line 7:']]);
  });
});
