// One process at a time holds an embedded store: a second newsgraph command names the holder and exits 1.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, newsgraph, startNewsgraph, waitForLine } from '../test/fixtures/newsgraph-process.js';

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

describe('a store held by another process', () => {
  let folder: string;
  let env: Record<string, string>;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'newsgraph-lock-'));
    env = { NEWSGRAPH_KUZU_PATH: join(folder, 'graph'), NEWSGRAPH_KUZU_BUFFER_MB: '64' };
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('makes load, stats, query and serve exit 1 naming the server that holds it, and frees it when the server stops', async () => {
    writeFileSync(join(folder, 'story.txt'), 'Talks\n\nEgyptian President Abdel Fattah el-Sisi met Israeli Prime Minister Benjamin Netanyahu in Cairo on Monday.\n');
    const server = startNewsgraph(['serve'], { ...env, PORT: String(await freePort()) });
    try {
      await waitForLine(server, /is serving the kuzu store/);
      const second = await Promise.all([
        newsgraph(['load', join(folder, 'story.txt')], env),
        newsgraph(['stats'], env),
        newsgraph(['query', 'MATCH (e:Entity) RETURN count(e)'], env),
        newsgraph(['serve'], { ...env, PORT: String(await freePort()) }),
      ]);
      for (const run of second) {
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(`newsgraph: The store at ${join(folder, 'graph')} is in use by process ${server.pid} (newsgraph serve). Stop that process, or load through the running server: POST /api/articles`);
        expect(run.stderr).not.toMatch(/Could not set lock|\n\s+at /);
      }
    } finally {
      server.kill('SIGTERM');
      await exited(server);
    }
    expect(existsSync(join(folder, 'graph.owner'))).toBe(false);
    const load = await newsgraph(['load', join(folder, 'story.txt')], env);
    expect(load.code).toBe(0);
    expect(load.stdout).toMatch(/1 article\(s\) added/);
  });

  it('opens a store whose owner file names a process that no longer runs', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']);
    writeFileSync(join(folder, 'graph.owner'), JSON.stringify({ pid: dead.pid, command: 'newsgraph load gone' }));
    const stats = await newsgraph(['stats', '--json'], env);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).articles).toBe(1);
  });
});
