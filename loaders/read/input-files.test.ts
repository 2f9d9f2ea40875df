// Walking the paths a user gave: folders in sorted order, hidden files skipped, problems reported.

import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
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

  it('ends a walk through symbolic links that loop back up the tree, reading each file once', async () => {
    const root = await mkdtemp(join(tmpdir(), 'newsgraph-walk-'));
    try {
      await mkdir(join(root, 'news', 'inner'), { recursive: true });
      await writeFile(join(root, 'news', 'inner', 'story.txt'), 'text');
      await symlink('..', join(root, 'news', 'inner', 'up'));
      await symlink(join(root, 'news'), join(root, 'news', 'again'));
      await symlink('story.txt', join(root, 'news', 'inner', 'same-story.txt'));
      await symlink('self.txt', join(root, 'news', 'self.txt'));
      const { files, failures } = await listInputFiles([join(root, 'news')]);
      expect(files).toEqual([join(root, 'news', 'inner', 'same-story.txt')]);
      expect(failures).toEqual([
        { file: join(root, 'news', 'again'), reason: expect.stringMatching(/^skipped: the folder .* is already being read \(a symbolic link loops back to it\)$/) },
        { file: join(root, 'news', 'inner', 'up'), reason: expect.stringMatching(/already being read/) },
        { file: join(root, 'news', 'self.txt'), reason: 'a symbolic link that loops back to itself: nothing to read' },
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('names a broken symbolic link, a named pipe and walks a folder named like a file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'newsgraph-walk-'));
    try {
      await symlink(join(root, 'gone.txt'), join(root, 'dangling.txt'));
      execFileSync('mkfifo', [join(root, 'pipe.txt')]);
      await mkdir(join(root, 'x.txt'));
      await writeFile(join(root, 'x.txt', 'inside.md'), 'text');
      const { files, failures } = await listInputFiles([root]);
      expect(files).toEqual([join(root, 'x.txt', 'inside.md')]);
      expect(failures).toEqual([
        { file: join(root, 'dangling.txt'), reason: `a broken symbolic link: its target ${join(root, 'gone.txt')} does not exist` },
        { file: join(root, 'pipe.txt'), reason: expect.stringMatching(/^not a regular file \(a named pipe \(FIFO\)\)/) },
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('lists files with spaces, accents, a leading dash and a newline in their names', async () => {
    const root = await mkdtemp(join(tmpdir(), 'newsgraph-walk-'));
    try {
      const names = ['-dash.txt', 'a story with spaces.md', 'line\nbreak.txt', 'Zürich – 東京 🚆.txt'];
      for (const name of names) await writeFile(join(root, name), 'text');
      expect((await listInputFiles([root])).files).toEqual(names.map((name) => join(root, name)).sort());
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
