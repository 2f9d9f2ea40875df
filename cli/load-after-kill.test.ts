// Issue 7: a load killed with SIGKILL half-way, then run again, leaves the store exactly as one clean load does.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGeneratedArticles } from '../test/fixtures/generated-articles.js';
import { exited, newsgraph, startNewsgraph, waitForLine } from '../test/fixtures/newsgraph-process.js';

const ARTICLES = 1000;
/** Articles stored before the kill: a few hundred, so the kill lands in the middle of the load. */
const KILL_AFTER = 300;

/** Everything a store holds that a load writes, in a form two stores can be compared by. */
async function contents(env: Record<string, string>) {
  const query = async (cypher: string) => {
    const run = await newsgraph(['query', '--json', '--limit', '100000', cypher], env);
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout).rows;
  };
  const stats = await newsgraph(['stats', '--json'], env);
  return {
    stats: JSON.parse(stats.stdout),
    entities: await query('MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.articleCount AS articles, e.mentionCount AS mentions, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen ORDER BY id'),
    articles: await query(
      'MATCH (a:Article) OPTIONAL MATCH (a)-[m:MENTIONS]->(:Entity) RETURN a.id AS id, a.entityCount AS entityCount, a.relationCount AS relationCount, count(m) AS mentions ORDER BY id',
    ),
    relations: await query('MATCH (s:Entity)-[r]->(o:Entity) RETURN label(r) AS predicate, r.id AS id, s.id AS subject, o.id AS object, r.articleId AS article ORDER BY id'),
  };
}

describe('newsgraph load killed with SIGKILL', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'newsgraph-kill-'));
    writeGeneratedArticles(join(folder, 'articles'), ARTICLES);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('ends, once run again, with the same articles, entities, counts and relations as one clean load, none twice and none half-written', async () => {
    const articles = join(folder, 'articles');
    const clean = { NEWSGRAPH_KUZU_PATH: join(folder, 'clean'), NEWSGRAPH_KUZU_BUFFER_MB: '64' };
    const killed = { NEWSGRAPH_KUZU_PATH: join(folder, 'killed'), NEWSGRAPH_KUZU_BUFFER_MB: '64' };

    const cleanLoad = newsgraph(['load', '--no-progress', '--workers', '1', articles], clean);
    // Batched writes (--no-copy), so that the kill lands between two committed batches; the clean load is a first load by COPY.
    const interrupted = startNewsgraph(['load', '--no-copy', '--workers', '1', articles], killed);
    const progress = /^Loading: \d+\/\d+ files, (\d+) articles added$/;
    let stored = 0;
    while (stored < KILL_AFTER) stored = Number((await waitForLine(interrupted, progress))[1]);
    interrupted.kill('SIGKILL');
    expect((await exited(interrupted)).signal).toBe('SIGKILL');
    expect(existsSync(`${killed.NEWSGRAPH_KUZU_PATH}.owner`)).toBe(true); // left behind by the killed loader

    const rerun = await newsgraph(['load', '--no-progress', '--workers', '1', articles], killed);
    expect(rerun.stderr).toBe('');
    const [, added, skipped] = /(\d+) article\(s\) added, (\d+) already stored/.exec(rerun.stdout)!.map(Number);
    expect(skipped).toBeGreaterThanOrEqual(stored);
    expect(added + skipped).toBe(ARTICLES);
    expect((await cleanLoad).code).toBe(0);

    const [once, resumed] = [await contents(clean), await contents(killed)];
    expect(once.stats.articles).toBe(ARTICLES);
    expect(resumed).toEqual(once);
    expect(new Set(resumed.relations.map((relation: { id: string }) => relation.id)).size).toBe(resumed.relations.length);
  }, 600_000);
});
