// The whole loading pipeline over real files and standard input: articles and failures, in input order.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPaths, extractStream, type PipelineEvent } from './pipeline.js';
import { MAX_STORY_LENGTH } from './work/input-extraction.js';

const inputs = fileURLToPath(new URL('../test/fixtures/inputs', import.meta.url));
const samples = fileURLToPath(new URL('../data/samples', import.meta.url));

async function collect(events: AsyncGenerator<PipelineEvent>): Promise<PipelineEvent[]> {
  const all: PipelineEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

/** Each event as a short line: "article <id> <file name>" or "failure <file name>[:line]". */
function outline(events: PipelineEvent[]): string[] {
  const name = (file: string | null) => (file ?? '').slice(inputs.length + 1) || file;
  return events.map((event) =>
    event.kind === 'article'
      ? `article ${event.article.parent ? 'related ' : ''}${name(event.article.file)}`
      : `failure ${name(event.failure.file)}${event.failure.line ? `:${event.failure.line}` : ''}`,
  );
}

describe('extractPaths', () => {
  it('yields every story and every problem of a folder in input order, then carries on with the next path', async () => {
    const missing = join(inputs, 'missing.txt');
    const events = await collect(extractPaths([inputs, missing], { workers: 1 }));
    expect(outline(events)).toEqual([
      'article articles.json',
      'article articles.json',
      'article articles.jsonl',
      'failure articles.jsonl:2',
      'article articles.jsonl',
      'failure empty.txt',
      'failure notes.xyz',
      'article page.html',
      'article pasted-page.txt',
      'article related pasted-page.txt',
      'article related pasted-page.txt',
      'article story.md',
      'failure missing.txt',
    ]);
    expect(events.at(-1)).toEqual({ kind: 'failure', failure: { file: missing, reason: 'no such file or folder' } });
  });

  it('keeps the ids JSON input gives and links related stories to their main story', async () => {
    const articles = (await collect(extractPaths([join(inputs, 'articles.jsonl'), join(inputs, 'pasted-page.txt')], { workers: 1 })))
      .flatMap((event) => (event.kind === 'article' ? [event.article] : []));
    expect(articles.slice(0, 2).map((article) => article.id)).toEqual(['wire-1', 'wire-3']);
    const [main, ...related] = articles.slice(2);
    expect(main.parent).toBeNull();
    expect(related.map((article) => article.parent)).toEqual([main.id, main.id]);
    expect(main.text).toMatch(/^Norway and Iceland will pool/);
    expect(Array.isArray(main.entities) && Array.isArray(main.relations)).toBe(true);
  });
});

describe('extractPaths with one bad story among good ones', () => {
  it('refuses a story too long to extract and still extracts the stories before and after it in the same file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsgraph-run-'));
    try {
      const sentence = 'Russian President Vladimir Putin spoke by phone with Iranian President Ebrahim Raisi. ';
      const endless = sentence.repeat(Math.ceil((MAX_STORY_LENGTH + 1) / sentence.length));
      const file = join(folder, 'wire.json');
      await writeFile(
        file,
        JSON.stringify([
          { id: 'before', text: 'French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin.' },
          { id: 'endless', text: endless },
          { id: 'after', text: 'Egyptian President Abdel Fattah el-Sisi met Jordanian King Abdullah in Cairo.' },
        ]),
      );
      const events = await collect(extractPaths([file], { workers: 1 }));
      expect(events.map((event) => (event.kind === 'article' ? event.article.id : event.failure.reason))).toEqual([
        'before',
        expect.stringMatching(/^the story ".*" is too long to extract \(\d+ characters > 2000000\); split it into articles$/),
        'after',
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('extractPaths on worker threads', () => {
  it('gives exactly the same articles and failures with three workers as with one, on the sample corpus', async () => {
    const one = await collect(extractPaths([samples, inputs], { workers: 1 }));
    const three = await collect(extractPaths([samples, inputs], { workers: 3 }));
    expect(one.filter((event) => event.kind === 'article').length).toBeGreaterThan(14);
    expect(three).toEqual(one);
  });

  it('reports a bad input read by a worker under its name and still extracts the inputs after it', async () => {
    const events = await collect(extractPaths([join(inputs, 'empty.txt'), join(inputs, 'story.md')], { workers: 2 }));
    expect(outline(events)).toEqual(['failure empty.txt', 'article story.md']);
  });

  it('resolves a surname to the full name another worker found in an earlier file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsgraph-run-'));
    try {
      await writeFile(join(folder, 'a.txt'), 'Ukrainian President Volodymyr Zelensky addressed parliament on Friday.\n');
      await writeFile(join(folder, 'b.txt'), 'On Saturday, a statement from Zelenskiy thanked the allies.\n');
      const articles = (await collect(extractPaths([folder], { workers: 2 }))).flatMap((event) => (event.kind === 'article' ? [event.article] : []));
      const people = articles.map((article) => article.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.id));
      expect(people).toEqual([['person:volodymyr-zelensky'], ['person:volodymyr-zelensky']]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('resolves a surname to the full name a later file gives, yielding the earlier file last', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'newsgraph-run-'));
    try {
      await writeFile(join(folder, 'a.txt'), 'President Okonkwo opened the new port on Monday.\n');
      await writeFile(join(folder, 'b.txt'), 'Nigerian President Chidi Okonkwo met traders in Lagos on Tuesday.\n');
      const articles = (await collect(extractPaths([folder], { workers: 2 }))).flatMap((event) => (event.kind === 'article' ? [event.article] : []));
      expect(articles.map((article) => article.file?.slice(folder.length + 1))).toEqual(['b.txt', 'a.txt']);
      const people = articles.map((article) => article.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.id));
      expect(people).toEqual([['person:chidi-okonkwo'], ['person:chidi-okonkwo']]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('extractStream', () => {
  it('reads JSON Lines from standard input, keeping given ids and reporting a bad line by its number', async () => {
    const lines = [
      JSON.stringify({ id: 'in-1', text: 'Chile and Peru signed a fishing accord on Tuesday, officials in Lima said.' }),
      '',
      '{"id": "in-2", "text": ',
      JSON.stringify({ id: 'in-3', title: 'Lithium visit', text: 'Bolivian President Rosa Quispe visited a lithium plant on Friday.', publishedAt: '2024-03-01' }),
    ];
    const events = await collect(extractStream(Readable.from(lines.join('\n'))));
    expect(events.map((event) => (event.kind === 'article' ? event.article.id : `line ${event.failure.line}`))).toEqual([
      'in-1',
      'line 3',
      'in-3',
    ]);
    const last = events[2];
    expect(last.kind === 'article' && last.article).toMatchObject({ file: '<stdin>', title: 'Lithium visit', publishedAt: '2024-03-01' });
  });

  it('refuses a line larger than the input size limit by its number, and reads the lines after it', async () => {
    const huge = JSON.stringify({ id: 'huge', text: 'x '.repeat(600_000) });
    const lines = [huge, JSON.stringify({ id: 'small', text: 'Chile and Peru signed a fishing accord on Tuesday.' })].join('\n');
    const events = await collect(extractStream(Readable.from(lines), { maxInputMegabytes: 1 }));
    expect(events.map((event) => (event.kind === 'article' ? event.article.id : `${event.failure.line}: ${event.failure.reason}`))).toEqual([
      '1: line 1 is too large (1.1 MB > 1 MB limit); split it or raise NEWSGRAPH_MAX_INPUT_MB',
      'small',
    ]);
  });

  it('reports empty standard input instead of yielding nothing', async () => {
    const events = await collect(extractStream(Readable.from('\n\n')));
    expect(events).toEqual([{ kind: 'failure', failure: { file: '<stdin>', reason: expect.stringContaining('empty') } }]);
  });
});
