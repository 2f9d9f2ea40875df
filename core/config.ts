// The one typed configuration module: every setting, its default and its documentation.

import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { InvalidArgumentError } from './errors.js';

/** Every setting, documented; the README's configuration table is checked against this list. */
export const SETTINGS_DOC = [
  { env: 'NEWSGRAPH_STORE', default: 'kuzu', doc: 'Graph store: `kuzu` (embedded, no server) or `neo4j`.' },
  { env: 'NEWSGRAPH_KUZU_PATH', default: './data/graph', doc: 'Path of the embedded Kùzu database file (Kùzu keeps a `.wal` file beside it).' },
  { env: 'NEWSGRAPH_KUZU_BUFFER_MB', default: '512', doc: 'Kùzu buffer pool size in MiB (Kùzu would otherwise take most of the RAM).' },
  { env: 'HOST', default: '127.0.0.1', doc: 'Address the server binds to. Bind elsewhere only with `NEWSGRAPH_API_TOKEN` set.' },
  { env: 'PORT', default: '3000', doc: 'HTTP port of the server.' },
  { env: 'NEO4J_URI', default: '', doc: 'Bolt URI of Neo4j, e.g. `neo4j://localhost:7687` (required when the store is `neo4j`).' },
  { env: 'NEO4J_USER', default: 'neo4j', doc: 'Neo4j user.' },
  { env: 'NEO4J_PASSWORD', default: '', doc: 'Neo4j password.' },
  { env: 'NEO4J_DATABASE', default: 'neo4j', doc: 'Neo4j database name.' },
  { env: 'NEWSGRAPH_API_TOKEN', default: '', doc: 'Bearer token required by write endpoints (required when `HOST` is not loopback).' },
  { env: 'NEWSGRAPH_QUERY_TIMEOUT_MS', default: '5000', doc: 'Time limit of one Cypher console query.' },
  { env: 'NEWSGRAPH_QUERY_ROW_LIMIT', default: '1000', doc: 'Rows returned by one Cypher console query at most.' },
  { env: 'NEWSGRAPH_QUERY_RATE_LIMIT', default: '60', doc: 'Cypher console queries one client (IP address) may send per minute; more are answered 429.' },
  { env: 'NEWSGRAPH_QUERY_MEMORY_MB', default: '1024', doc: 'Memory one Cypher console query may plan to use, in MiB: a `range()` list or padded string that would need more is refused before it runs.' },
  { env: 'NEWSGRAPH_EXPENSIVE_RATE_LIMIT', default: '120', doc: 'Requests one client (IP address) may send per minute to each expensive read route (paths, trace, timeline, neighbours beyond depth 1); more are answered 429.' },
  { env: 'NEWSGRAPH_SAMPLES_PATH', default: './data/samples', doc: 'Articles `npm start` loads into an empty store.' },
  { env: 'NEWSGRAPH_MAX_INPUT_MB', default: '10', doc: 'Largest input file `load` and `extract` read, in MiB; a larger file is refused with a message (split it or raise this).' },
  { env: 'NEWSGRAPH_WORKERS', default: 'auto', doc: 'Worker threads that read and extract files for `load` and `extract`: `auto` (one per CPU core) or a number; `1` works on the main thread. `--workers` overrides it.' },
] as const;

const positiveInt = (name: string) =>
  z.coerce
    .number({ error: `${name}: expecting a positive integer.` })
    .int(`${name}: expecting a positive integer.`)
    .positive(`${name}: expecting a positive integer.`);

/** A number of worker threads: `auto` (one per CPU core) or a positive integer. */
const workerCount = (name: string) =>
  z
    .union([z.literal('auto'), positiveInt(name)], { error: `${name}: expecting \`auto\` (one per CPU core) or a positive integer.` })
    .transform((value) => (value === 'auto' ? availableParallelism() : value));

const schema = z
  .object({
    NEWSGRAPH_STORE: z.enum(['kuzu', 'neo4j'], {
      error: 'NEWSGRAPH_STORE: unknown store. Expecting one of: kuzu, neo4j.',
    }),
    NEWSGRAPH_KUZU_PATH: z.string().min(1),
    NEWSGRAPH_KUZU_BUFFER_MB: positiveInt('NEWSGRAPH_KUZU_BUFFER_MB'),
    HOST: z.string().min(1),
    PORT: positiveInt('PORT').max(65535, 'PORT: expecting a port number up to 65535.'),
    NEO4J_URI: z.string(),
    NEO4J_USER: z.string(),
    NEO4J_PASSWORD: z.string(),
    NEO4J_DATABASE: z.string(),
    NEWSGRAPH_API_TOKEN: z.string(),
    NEWSGRAPH_QUERY_TIMEOUT_MS: positiveInt('NEWSGRAPH_QUERY_TIMEOUT_MS'),
    NEWSGRAPH_QUERY_ROW_LIMIT: positiveInt('NEWSGRAPH_QUERY_ROW_LIMIT'),
    NEWSGRAPH_QUERY_RATE_LIMIT: positiveInt('NEWSGRAPH_QUERY_RATE_LIMIT'),
    NEWSGRAPH_QUERY_MEMORY_MB: positiveInt('NEWSGRAPH_QUERY_MEMORY_MB'),
    NEWSGRAPH_EXPENSIVE_RATE_LIMIT: positiveInt('NEWSGRAPH_EXPENSIVE_RATE_LIMIT'),
    NEWSGRAPH_SAMPLES_PATH: z.string().min(1),
    NEWSGRAPH_MAX_INPUT_MB: positiveInt('NEWSGRAPH_MAX_INPUT_MB'),
    NEWSGRAPH_WORKERS: workerCount('NEWSGRAPH_WORKERS'),
  })
  .superRefine((value, ctx) => {
    if (value.NEWSGRAPH_STORE === 'neo4j' && !value.NEO4J_URI) {
      ctx.addIssue({ code: 'custom', message: 'NEO4J_URI: required when NEWSGRAPH_STORE=neo4j (e.g. neo4j://localhost:7687).' });
    }
    if (!isLoopback(value.HOST) && !value.NEWSGRAPH_API_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        message: `HOST: binding to ${value.HOST} exposes the server beyond this machine; set NEWSGRAPH_API_TOKEN too.`,
      });
    }
  });

export interface Config {
  store: 'kuzu' | 'neo4j';
  kuzu: { path: string; bufferPoolBytes: number };
  host: string;
  port: number;
  neo4j: { uri: string; user: string; password: string; database: string };
  apiToken: string | null;
  /** Limits of the Cypher console; a request may lower the time and row limits, never raise them. */
  query: { timeoutMs: number; rowLimit: number; ratePerMinute: number; memoryMB: number };
  /** Requests per minute one address may send to each expensive read route. */
  expensiveRatePerMinute: number;
  samplesPath: string;
  /** Largest input file read, in MiB. */
  maxInputMegabytes: number;
  /** Extraction worker threads for file and folder loads. */
  workers: number;
}

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Reads and validates the configuration from an environment (default `process.env`).
 * Throws one InvalidArgumentError listing every problem at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, string> = {};
  for (const setting of SETTINGS_DOC) {
    const value = env[setting.env];
    raw[setting.env] = value === undefined || value === '' ? setting.default : value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.message}`).join('\n');
    throw new InvalidArgumentError(`Invalid configuration:\n${problems}`);
  }
  const v = parsed.data;
  return {
    store: v.NEWSGRAPH_STORE,
    kuzu: { path: v.NEWSGRAPH_KUZU_PATH, bufferPoolBytes: v.NEWSGRAPH_KUZU_BUFFER_MB * 1024 * 1024 },
    host: v.HOST,
    port: v.PORT,
    neo4j: { uri: v.NEO4J_URI, user: v.NEO4J_USER, password: v.NEO4J_PASSWORD, database: v.NEO4J_DATABASE },
    apiToken: v.NEWSGRAPH_API_TOKEN || null,
    query: { timeoutMs: v.NEWSGRAPH_QUERY_TIMEOUT_MS, rowLimit: v.NEWSGRAPH_QUERY_ROW_LIMIT, ratePerMinute: v.NEWSGRAPH_QUERY_RATE_LIMIT, memoryMB: v.NEWSGRAPH_QUERY_MEMORY_MB },
    expensiveRatePerMinute: v.NEWSGRAPH_EXPENSIVE_RATE_LIMIT,
    samplesPath: v.NEWSGRAPH_SAMPLES_PATH,
    maxInputMegabytes: v.NEWSGRAPH_MAX_INPUT_MB,
    workers: v.NEWSGRAPH_WORKERS,
  };
}

/**
 * Reads a number of worker threads (`auto` or a positive integer) given as `name` (a setting or a
 * command-line option). Throws InvalidArgumentError when it is neither.
 */
export function parseWorkerCount(value: string, name: string): number {
  const parsed = workerCount(name).safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0].message);
  return parsed.data;
}

/** The extraction worker threads set by NEWSGRAPH_WORKERS, without validating the rest of the configuration. */
export function extractionWorkers(env: NodeJS.ProcessEnv = process.env): number {
  return parseWorkerCount(env.NEWSGRAPH_WORKERS || 'auto', 'NEWSGRAPH_WORKERS');
}

/**
 * The largest input file, in MiB, set by NEWSGRAPH_MAX_INPUT_MB, without validating the rest of the
 * configuration (worker threads read files with only the environment at hand). Throws
 * InvalidArgumentError when it is not a positive integer.
 */
export function maxInputMegabytes(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = positiveInt('NEWSGRAPH_MAX_INPUT_MB').safeParse(env.NEWSGRAPH_MAX_INPUT_MB || '10');
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0].message);
  return parsed.data;
}
