// Bidirectional breadth-first search for the k shortest simple paths, driven from the application over a capped adjacency read.

import type { AdjacentLink } from './graph-assembly.js';

/** Which relations an adjacency read follows from the frontier: outgoing, incoming or both. */
export type LinkDirection = 'out' | 'in' | 'both';

/**
 * Reads the entity–entity links of a frontier: one row per (frontier entity `source`, other entity
 * `target`) with its number of relations as `weight`, in `direction` from the source, the `limit`
 * heaviest first.
 */
export type AdjacencyReader = (frontier: string[], direction: LinkDirection, limit: number) => Promise<AdjacentLink[]>;

/** What one search may read; reaching a cap marks the answer as possibly incomplete. */
export interface PathSearchCaps {
  /** Links read per expansion (the heaviest first), so that a hub's tens of thousands of ties stay bounded. */
  linksPerExpansion: number;
  /** Entities expanded at once on one side (the most strongly linked first). */
  frontier: number;
  /** Paths enumerated before ranking. */
  candidates: number;
}

export interface PathSearchOptions {
  k: number;
  maxLength: number;
  directed: boolean;
  caps: PathSearchCaps;
}

/** Node-id sequences, shortest first; `truncated` when a cap left part of the graph unread. */
export interface PathSearchResult {
  paths: string[][];
  truncated: boolean;
}

/** One end of the search: the entities it reached, at which distance, and the ones it expands next. */
interface Side {
  distance: Map<string, number>;
  frontier: string[];
  depth: number;
  /** Direction of the relations it follows away from its end. */
  direction: LinkDirection;
}

/**
 * The shortest simple paths from `from` to `to` (at most `candidates`, every path of the shortest
 * length first, then longer ones while fewer than `k` are found), within `maxLength` hops.
 *
 * Strategy: the two ends take turns expanding their frontier one hop, the smaller frontier first, and
 * every link read is kept. Once the two depths add up to ℓ, every path of at most ℓ hops lies inside
 * the links read (each hop is within the first side's depth or within the second's), so paths are
 * enumerated in memory from then on, and the search stops as soon as k of them are found. A hub is
 * costly to expand and usually reached early, so expanding the smaller side keeps the reads small.
 */
export async function searchPaths(adjacent: AdjacencyReader, from: string, to: string, options: PathSearchOptions): Promise<PathSearchResult> {
  const { caps, directed, k, maxLength } = options;
  const next = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (next.get(a) ?? next.set(a, new Set()).get(a)!).add(b);
  const start: Side = { distance: new Map([[from, 0]]), frontier: [from], depth: 0, direction: directed ? 'out' : 'both' };
  const end: Side = { distance: new Map([[to, 0]]), frontier: [to], depth: 0, direction: directed ? 'in' : 'both' };
  let truncated = false;
  let paths: string[][] = [];
  while (start.depth + end.depth < maxLength && start.frontier.length > 0 && end.frontier.length > 0) {
    const side = end.frontier.length < start.frontier.length ? end : start;
    if (side.frontier.length > caps.frontier) truncated = true;
    const links = await adjacent(side.frontier.slice(0, caps.frontier), side.direction, caps.linksPerExpansion);
    if (links.length >= caps.linksPerExpansion) truncated = true;
    side.depth++;
    const reached: string[] = [];
    for (const { source, target } of links) {
      // Kept in the direction a path walks: from `from` towards `to`.
      if (side.direction !== 'in') link(source, target);
      if (side.direction !== 'out') link(target, source);
      if (!side.distance.has(target)) {
        side.distance.set(target, side.depth);
        reached.push(target);
      }
    }
    side.frontier = reached;
    const met = [...start.distance.keys()].some((id) => end.distance.has(id)) || side.frontier.length === 0;
    if (!met) continue;
    paths = enumeratePaths(next, from, to, start.depth + end.depth, k, caps.candidates);
    if (paths.length >= k) break;
  }
  return { paths, truncated };
}

/**
 * Simple paths of at most `maxLength` hops over the links read, by increasing length: every path of
 * a length is taken (up to `candidates` in all) before the next length, and no longer lengths once
 * `k` are found. A depth-first walk pruned by each entity's distance to `to` only walks towards it.
 */
function enumeratePaths(next: Map<string, Set<string>>, from: string, to: string, maxLength: number, k: number, candidates: number): string[][] {
  const toTarget = distancesTo(next, to, maxLength);
  const found: string[][] = [];
  const shortest = toTarget.get(from);
  if (shortest === undefined) return found;
  for (let length = shortest; length <= maxLength && found.length < k && found.length < candidates; length++) {
    const path = [from];
    const onPath = new Set(path);
    const walk = (node: string): void => {
      if (found.length >= candidates) return;
      if (node === to) {
        if (path.length - 1 === length) found.push([...path]);
        return;
      }
      for (const neighbour of next.get(node) ?? []) {
        const remaining = toTarget.get(neighbour);
        if (onPath.has(neighbour) || remaining === undefined || path.length + remaining > length) continue;
        path.push(neighbour);
        onPath.add(neighbour);
        walk(neighbour);
        path.pop();
        onPath.delete(neighbour);
      }
    };
    walk(from);
  }
  return found;
}

/** Hops from every entity to `to` over the links read (breadth-first over the reversed links), up to `maxLength`. */
function distancesTo(next: Map<string, Set<string>>, to: string, maxLength: number): Map<string, number> {
  const previous = new Map<string, string[]>();
  for (const [a, targets] of next) for (const b of targets) (previous.get(b) ?? previous.set(b, []).get(b)!).push(a);
  const distance = new Map([[to, 0]]);
  let ring = [to];
  for (let hops = 1; hops <= maxLength && ring.length > 0; hops++) {
    const following: string[] = [];
    for (const node of ring) {
      for (const before of previous.get(node) ?? []) {
        if (distance.has(before)) continue;
        distance.set(before, hops);
        following.push(before);
      }
    }
    ring = following;
  }
  return distance;
}
