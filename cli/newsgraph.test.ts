// The `newsgraph` command as a user runs it: a real process, a real Kùzu database in a temp folder.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractionOutput } from '../core/model.js';
import { newsgraph, projectRoot } from '../test/fixtures/newsgraph-process.js';

const fixtures = join(projectRoot, 'test', 'fixtures', 'inputs');

describe('newsgraph CLI', () => {
  let folder: string;
  let env: Record<string, string>;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
    env = { NEWSGRAPH_KUZU_PATH: join(folder, 'graph'), NEWSGRAPH_KUZU_BUFFER_MB: '64' };
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads the sample articles, and loading them again leaves the same counts', async () => {
    const first = await newsgraph(['load', 'data/samples'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/14 article\(s\) added/);
    const once = JSON.parse((await newsgraph(['stats', '--json'], env)).stdout);
    expect(once.articles).toBe(14);
    expect(once.relations).toBeGreaterThan(20);

    const second = await newsgraph(['load', 'data/samples'], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 article\(s\) added, 14 already stored/);
    const twice = JSON.parse((await newsgraph(['stats', '--json'], env)).stdout);
    expect(twice).toEqual(once);
  });

  it('answers a read-only query with rows, and refuses a write without changing the store', async () => {
    const before = JSON.parse((await newsgraph(['stats', '--json'], env)).stdout);
    const read = await newsgraph(
      ['query', '--json', 'MATCH (p:Entity {name: $name})-[r:SPOKE_WITH]-(o:Entity) RETURN p.name AS who, o.name AS other', '-p', 'name=Vladimir Putin'],
      env,
    );
    expect(read.code).toBe(0);
    const result = JSON.parse(read.stdout);
    expect(result.columns).toEqual(['who', 'other']);
    expect(result.rows.map((row: { other: string }) => row.other)).toContain('Ebrahim Raisi');

    const write = await newsgraph(['query', "CREATE (:Entity {id: 'x', name: 'Intruder'})"], env);
    expect(write.code).not.toBe(0);
    expect(write.stderr).toMatch(/read-only|refused|write/i);
    expect(write.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(JSON.parse((await newsgraph(['stats', '--json'], env)).stdout)).toEqual(before);
  });

  it('refuses a dropped table and a file import with a one-line reason and exit code 1, changing nothing', async () => {
    const before = JSON.parse((await newsgraph(['stats', '--json'], env)).stdout);
    const drop = await newsgraph(['query', 'DROP TABLE SUPPLIES'], env);
    expect(drop.code).toBe(1);
    expect(drop.stderr).toMatch(/^newsgraph: query: the console is read-only/);
    const copy = await newsgraph(['query', `COPY Entity FROM '${join(folder, 'entities.csv')}'`], env);
    expect(copy.code).toBe(1);
    expect(copy.stderr).toMatch(/^newsgraph: query: `COPY` is not allowed in a read-only query/);
    expect(copy.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse((await newsgraph(['stats', '--json'], env)).stdout)).toEqual(before);
  });

  it('prints contract JSON for extract, keeps the ids given on stdin, and writes nothing', async () => {
    const lines = [
      JSON.stringify({ id: 'story-1', text: 'Russian President Vladimir Putin spoke by phone with Iranian President Ebrahim Raisi on Tuesday.' }),
      JSON.stringify({ id: 'story-2', title: 'Talks', text: 'Ukrainian President Volodymyr Zelenskiy met Turkish President Recep Tayyip Erdogan in Ankara.' }),
    ].join('\n');
    const run = await newsgraph(['extract', '--json', '-'], { NEWSGRAPH_KUZU_PATH: join(folder, 'never-created') }, lines);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as ExtractionOutput;
    expect(output.articles.map((article) => article.id)).toEqual(['story-1', 'story-2']);
    const [first] = output.articles;
    const names = new Map(first.entities.map((entity) => [entity.id, entity.name]));
    expect(first.relations.some((r) => r.predicate === 'SPOKE_WITH' && names.get(r.subject) === 'Vladimir Putin' && names.get(r.object) === 'Ebrahim Raisi')).toBe(true);
    for (const relation of first.relations) expect(first.text.slice(relation.start, relation.end)).toBe(relation.sentence);
  });

  it('reports each bad input by name, loads the good ones, and exits non-zero', async () => {
    const inputs = join(folder, 'mixed');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'good.txt'), 'Ceasefire talks\n\nEgyptian President Abdel Fattah el-Sisi met Israeli Prime Minister Benjamin Netanyahu in Cairo on Monday.\n');
    writeFileSync(join(inputs, 'empty.txt'), '   \n');
    const run = await newsgraph(['load', inputs, join(folder, 'missing.txt')], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 article\(s\) added/);
    expect(run.stderr).toMatch(/empty\.txt/);
    expect(run.stderr).toMatch(/missing\.txt/);
  });

  it('loads what it can of a folder of hostile inputs, names every failure with its reason, counts both and exits 1', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdirSync, symlinkSync, truncateSync } = await import('node:fs');
    const inputs = join(folder, 'hostile');
    mkdirSync(inputs);
    writeFileSync(join(inputs, '-leading dash é.txt'), 'Summit\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.\n');
    writeFileSync(
      join(inputs, 'wire.jsonl'),
      ['{"id": "w1", "text": "Egyptian President Abdel Fattah el-Sisi met Jordanian King Abdullah in Cairo."}', '{broken', '{"id": "w3"}'].join('\n'),
    );
    writeFileSync(join(inputs, 'scan.txt'), '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n', 'latin1');
    writeFileSync(join(inputs, 'bad\nname.txt'), '');
    truncateSync(join(inputs, 'bad\nname.txt'), 11 * 1024 * 1024);
    execFileSync('mkfifo', [join(inputs, 'pipe.txt')]);
    symlinkSync(join(inputs, 'gone.txt'), join(inputs, 'dangling.txt'));
    symlinkSync('.', join(inputs, 'loop'));

    const load = await newsgraph(['load', inputs], { ...env, NEWSGRAPH_WORKERS: '2' });
    expect(load.code).toBe(1);
    expect(load.stdout).toMatch(/2 article\(s\) added.*; 2 file\(s\) read; 5 input\(s\) and 2 record\(s\) failed\.$/m);
    const reasons = load.stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bad\\u000aname\.txt: too large \(11\.0 MB > 10 MB limit\); split it or raise NEWSGRAPH_MAX_INPUT_MB$/),
        expect.stringMatching(/dangling\.txt: a broken symbolic link/),
        expect.stringMatching(/loop: skipped: the folder .* is already being read/),
        expect.stringMatching(/pipe\.txt: not a regular file \(a named pipe \(FIFO\)\)/),
        expect.stringMatching(/scan\.txt: looks like a PDF document, not text/),
        expect.stringMatching(/wire\.jsonl:2: line 2 is not valid JSON/),
        expect.stringMatching(/wire\.jsonl:3: line 3: the article has no text/),
      ]),
    );
    expect(reasons).toHaveLength(7);

    const extract = await newsgraph(['extract', '--json', inputs], { NEWSGRAPH_KUZU_PATH: join(folder, 'never-created'), NEWSGRAPH_WORKERS: '1' });
    expect(extract.code).toBe(1);
    expect((JSON.parse(extract.stdout) as ExtractionOutput).articles.map((article) => article.text)).toEqual([expect.stringContaining('Macron'), expect.stringContaining('el-Sisi')]);
    expect(extract.stderr).toMatch(/extracted 2 article\(s\); 2 file\(s\) read; 5 input\(s\) and 2 record\(s\) failed\.$/m);
    expect(extract.stderr).toMatch(/pipe\.txt: not a regular file/);
  });

  it('reads a file whose name starts with a dash when it follows --', async () => {
    const run = await newsgraph(['extract', '--', join(folder, 'hostile', '-leading dash é.txt')], { NEWSGRAPH_KUZU_PATH: join(folder, 'never-created') });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Emmanuel Macron/);
  });

  it('explains a bad setting instead of crashing', async () => {
    const run = await newsgraph(['stats'], { ...env, NEWSGRAPH_STORE: 'mysql' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/NEWSGRAPH_STORE/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads the fixture folder of every supported format', async () => {
    const run = await newsgraph(['extract', '--json', fixtures], { NEWSGRAPH_KUZU_PATH: join(folder, 'never-created') });
    const output = JSON.parse(run.stdout) as ExtractionOutput;
    expect(output.articles.length).toBeGreaterThan(3);
  });
});
