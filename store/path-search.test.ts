// The path search on small hand-made graphs: shortest first, longer only when k asks for them, direction, caps.

import type { AdjacentLink } from './graph-assembly.js';
import { searchPaths, type LinkDirection, type PathSearchCaps } from './path-search.js';

/** Reads links from a list of `subject>object` relations the way an engine's adjacency statement does. */
function graph(relations: string[]) {
  const edges = relations.map((relation) => relation.split('>') as [string, string]);
  const reads: string[][] = [];
  const adjacent = async (frontier: string[], direction: LinkDirection, limit: number): Promise<AdjacentLink[]> => {
    reads.push(frontier);
    const links = new Map<string, AdjacentLink>();
    for (const source of frontier) {
      for (const [subject, object] of edges) {
        const target = subject === source && direction !== 'in' ? object : object === source && direction !== 'out' ? subject : null;
        if (target === null) continue;
        const key = `${source}|${target}`;
        links.set(key, { source, target, weight: (links.get(key)?.weight ?? 0) + 1 });
      }
    }
    return [...links.values()].sort((a, b) => b.weight - a.weight || a.target.localeCompare(b.target)).slice(0, limit);
  };
  return { adjacent, reads };
}

const CAPS: PathSearchCaps = { linksPerExpansion: 1000, frontier: 100, candidates: 200 };

// a–b–c–d is the short way; a–e–f–g–d the long way round; x is a dead end off a.
const CHAIN = ['a>b', 'b>c', 'c>d', 'a>e', 'e>f', 'f>g', 'g>d', 'a>x'];

describe('path search', () => {
  test('it finds the shortest path and stops there when one is asked for', async () => {
    const { adjacent } = graph(CHAIN);
    expect(await searchPaths(adjacent, 'a', 'd', { k: 1, maxLength: 6, directed: false, caps: CAPS })).toEqual({ paths: [['a', 'b', 'c', 'd']], truncated: false });
  });

  test('it adds longer paths, shortest first, while fewer than k are found, and never longer than maxLength', async () => {
    const { adjacent } = graph(CHAIN);
    expect((await searchPaths(adjacent, 'a', 'd', { k: 3, maxLength: 6, directed: false, caps: CAPS })).paths).toEqual([
      ['a', 'b', 'c', 'd'],
      ['a', 'e', 'f', 'g', 'd'],
    ]);
    expect((await searchPaths(adjacent, 'a', 'd', { k: 3, maxLength: 3, directed: false, caps: CAPS })).paths).toEqual([['a', 'b', 'c', 'd']]);
    expect((await searchPaths(adjacent, 'a', 'd', { k: 3, maxLength: 2, directed: false, caps: CAPS })).paths).toEqual([]);
  });

  test('every shortest path is kept for ranking, each entity at most once per path', async () => {
    const { adjacent } = graph(['a>b', 'b>d', 'a>c', 'c>d', 'b>c']);
    const { paths } = await searchPaths(adjacent, 'a', 'd', { k: 1, maxLength: 4, directed: false, caps: CAPS });
    expect(paths.map((path) => path.join('')).sort()).toEqual(['abd', 'acd']);
  });

  test('directed search follows relations from subject to object only', async () => {
    const { adjacent } = graph(CHAIN);
    expect((await searchPaths(adjacent, 'd', 'a', { k: 1, maxLength: 6, directed: true, caps: CAPS })).paths).toEqual([]);
    expect((await searchPaths(adjacent, 'a', 'd', { k: 1, maxLength: 6, directed: true, caps: CAPS })).paths).toEqual([['a', 'b', 'c', 'd']]);
  });

  test('it expands the smaller side first, so a hub at one end is read once', async () => {
    const hub = Array.from({ length: 50 }, (_, index) => `hub>spoke${index}`);
    const { adjacent, reads } = graph([...hub, 'spoke7>leaf', 'leaf>end']);
    expect((await searchPaths(adjacent, 'hub', 'end', { k: 1, maxLength: 4, directed: false, caps: CAPS })).paths).toEqual([['hub', 'spoke7', 'leaf', 'end']]);
    expect(reads).toEqual([['hub'], ['end'], ['leaf']]);
  });

  test('a search cut by its caps says so', async () => {
    const hub = Array.from({ length: 50 }, (_, index) => `hub>spoke${index}`);
    const { adjacent } = graph([...hub, 'spoke7>end']);
    const capped = await searchPaths(adjacent, 'hub', 'end', { k: 1, maxLength: 4, directed: false, caps: { ...CAPS, linksPerExpansion: 10 } });
    expect(capped.truncated).toBe(true);
  });
});
