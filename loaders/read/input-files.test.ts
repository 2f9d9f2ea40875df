// Walking the paths a user gave: folders in sorted order, hidden files skipped, problems reported.

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listInputFiles } from './input-files.js';

const inputs = fileURLToPath(new URL('../../test/fixtures/inputs', import.meta.url));

describe('listInputFiles', () => {
  it('lists a folder’s readable files in sorted order, leaving out hidden files and reporting unknown types', async () => {
    const { files, failures } = await listInputFiles([inputs]);
    expect(files.map((file) => file.slice(inputs.length + 1))).toEqual([
      'articles.json',
      'articles.jsonl',
      'empty.txt',
      'page.html',
      'pasted-page.txt',
      'story.md',
    ]);
    expect(failures).toEqual([{ file: join(inputs, 'notes.xyz'), reason: expect.stringContaining('unsupported file type .xyz') }]);
  });

  it('walks nested folders and keeps the given order of paths', async () => {
    const root = await mkdtemp(join(tmpdir(), 'newsgraph-walk-'));
    await mkdir(join(root, 'b', 'inner'), { recursive: true });
    await writeFile(join(root, 'b', 'inner', 'z.txt'), 'text');
    await writeFile(join(root, 'b', 'a.md'), 'text');
    await writeFile(join(root, 'first.json'), '{}');
    const { files } = await listInputFiles([join(root, 'b'), join(root, 'first.json')]);
    expect(files).toEqual([join(root, 'b', 'a.md'), join(root, 'b', 'inner', 'z.txt'), join(root, 'first.json')]);
  });

  it('reports a missing path and a folder with nothing readable', async () => {
    const root = await mkdtemp(join(tmpdir(), 'newsgraph-walk-'));
    await writeFile(join(root, 'scan.pdf'), '%PDF');
    const missing = join(root, 'missing');
    const { files, failures } = await listInputFiles([missing, root]);
    expect(files).toEqual([]);
    expect(failures).toEqual([
      { file: missing, reason: 'no such file or folder' },
      { file: join(root, 'scan.pdf'), reason: expect.stringContaining('unsupported file type .pdf') },
      { file: root, reason: expect.stringContaining('no readable files') },
    ]);
  });
});
