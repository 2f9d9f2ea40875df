// Bench section: a generated 100,000-entity / 1,000,000-relationship graph in Kùzu, queried through the HTTP API.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { packageRoot } from '../../core/package-root.js';
import type { BenchFigure, BenchSection } from '../bench-section.js';
import { copyBigGraphIntoKuzu, writeBigGraphCsv, type BigGraphSample } from '../big-graph-data.js';
import { measureLatency } from '../http-latency.js';

const ENTITIES = 100_000;
const RELATIONSHIPS = 1_000_000;
const RELATIONS_PER_ARTICLE = 5;
const BUFFER_POOL_MB = 512;
/** Timed requests per endpoint (after 3 warm-up requests). */
const SAMPLES = 60;
const INPUT = `generated graph, ${ENTITIES.toLocaleString('en')} entities / ${RELATIONSHIPS.toLocaleString('en')} relationships`;

/** The endpoints measured, each with its target from the issues. */
const ENDPOINTS: { name: string; target: number; request: (sample: BigGraphSample, index: number) => [string, RequestInit?] }[] = [
  { name: 'search', target: 50, request: (sample, i) => [`/api/search?q=${encodeURIComponent(sample.names[(i * 7919) % sample.names.length].slice(0, 5).toLowerCase())}`] },
  { name: 'entity', target: 50, request: (sample, i) => [`/api/entities/${encodeURIComponent(popular(sample, i))}`] },
  { name: 'neighbours depth 1', target: 50, request: (sample, i) => [`/api/entities/${encodeURIComponent(popular(sample, i))}/neighbors?depth=1`] },
  { name: 'neighbours depth 2', target: 300, request: (sample, i) => [`/api/entities/${encodeURIComponent(popular(sample, i))}/neighbors?depth=2`] },
  { name: 'trace depth 2', target: 300, request: (sample, i) => [`/api/trace?entity=${encodeURIComponent(popular(sample, i))}&depth=2`] },
  {
    name: 'paths maxLength 4',
    target: 300,
    request: (sample, i) => [`/api/paths?from=${encodeURIComponent(popular(sample, i))}&to=${encodeURIComponent(popular(sample, i + 101))}&maxLength=4`],
  },
  {
    name: 'evidence',
    target: 300,
    request: (sample, i) => {
      const [subject, object] = sample.relationPairs[i % sample.relationPairs.length];
      return [`/api/evidence?subject=${encodeURIComponent(subject)}&object=${encodeURIComponent(object)}`];
    },
  },
  {
    name: 'Cypher MATCH … LIMIT',
    target: 300,
    request: (sample, i) => [
      '/api/cypher',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'MATCH (a:Entity {id: $id})-[r]-(b:Entity) RETURN a, r, b LIMIT 25', params: { id: popular(sample, i) } }),
      },
    ],
  },
];

function popular(sample: BigGraphSample, index: number): string {
  return sample.popularIds[index % sample.popularIds.length];
}

export const bigGraphSection: BenchSection = {
  name: 'big-graph',
  description: `Query latency through the HTTP API on a ${INPUT} (Kùzu, bulk-loaded with COPY), and the server's peak memory.`,
  async run({ workDir, log }) {
    const csvFolder = join(workDir, 'big-graph-csv');
    const databasePath = join(workDir, 'big-graph.kuzu');
    log(`big-graph: generating ${INPUT} as CSV…`);
    let started = performance.now();
    const sample = writeBigGraphCsv(csvFolder, { entities: ENTITIES, relationships: RELATIONSHIPS, relationsPerArticle: RELATIONS_PER_ARTICLE, seed: 42 });
    const generateSeconds = (performance.now() - started) / 1000;
    log(`big-graph: COPY into Kùzu…`);
    const copySeconds = await copyBigGraphIntoKuzu(csvFolder, databasePath, BUFFER_POOL_MB * 1024 * 1024);
    const figures: BenchFigure[] = [
      { name: 'generate CSV', input: INPUT, value: round(generateSeconds), unit: 's' },
      { name: 'bulk COPY into Kùzu', input: `${INPUT}, ${sample.articles.toLocaleString('en')} articles`, value: round(copySeconds), unit: 's', note: `${Math.round(RELATIONSHIPS / copySeconds).toLocaleString('en')} relationships/s` },
    ];

    log('big-graph: starting the server…');
    const server = await startServerProcess(databasePath);
    try {
      figures.push({
        name: 'adjacency index build',
        input: INPUT,
        value: round(server.adjacencyIndexSeconds),
        unit: 's',
        note: 'at server start, before the timed requests (store/kuzu/adjacency-cache.ts)',
      });
      for (const endpoint of ENDPOINTS) {
        log(`big-graph: ${endpoint.name}…`);
        started = performance.now();
        const requests = Array.from({ length: SAMPLES + 3 }, (_, index) => () => {
          const [path, init] = endpoint.request(sample, index);
          return fetch(server.url + path, init);
        });
        const latency = await measureLatency(requests);
        const note = latency.failures ? `${latency.failures} of ${latency.count} requests failed` : undefined;
        figures.push(
          { name: `${endpoint.name} p50`, input: INPUT, value: latency.p50, unit: 'ms', target: `< ${endpoint.target} ms`, met: latency.p50 < endpoint.target && !latency.failures, note },
          { name: `${endpoint.name} p95`, input: INPUT, value: latency.p95, unit: 'ms', note },
        );
      }
      const rss = peakRssMb(server.process);
      figures.push({ name: 'server peak RSS', input: `${INPUT}, buffer pool ${BUFFER_POOL_MB} MiB`, value: rss, unit: 'MB', target: '< 1024 MB', met: rss < 1024 });
    } finally {
      await server.stop();
    }
    return figures;
  },
};

interface ServerProcess {
  url: string;
  /** Time the server took to build its adjacency index before listening. */
  adjacencyIndexSeconds: number;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Serves the database from a child process (bench/serve-store.ts), so its peak RSS is the server's alone. */
async function startServerProcess(databasePath: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(packageRoot(), 'bench', 'serve-store.ts'), databasePath, String(BUFFER_POOL_MB)], {
    cwd: packageRoot(),
    // The console's rate limit would refuse the bench's own Cypher requests.
    env: { ...process.env, NEWSGRAPH_QUERY_RATE_LIMIT: '100000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { url, adjacencyIndexSeconds } = await new Promise<{ url: string; adjacencyIndexSeconds: number }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`big-graph: the server process exited (code ${code}) before listening.`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line) as { url: string; adjacencyIndexSeconds: number }));
  });
  return {
    url,
    adjacencyIndexSeconds,
    process: child,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Peak resident memory of a live process (Linux: VmHWM in /proc), in MB. */
function peakRssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kilobytes = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return Math.round(kilobytes / 1024);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
