// Bench section "load": the loader into Kùzu end to end (the real CLI, with its peak memory), its write
// throughput alone, and Kùzu's own bulk COPY of the very same rows as the physical reference.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ExtractedArticle, WriteResult } from '../../core/model.js';
import { packageRoot } from '../../core/package-root.js';
import { extractPaths } from '../../loaders/pipeline.js';
import { ARTICLES_PER_TRANSACTION } from '../../loaders/load-into-store.js';
import { KuzuStore } from '../../store/kuzu/kuzu-store.js';
import type { BenchFigure, BenchSection } from '../bench-section.js';
import { copyTablesIntoFreshKuzu, exportTables } from '../kuzu-copy-reference.js';
import { prepareCorpus, type Corpus } from '../reuters-corpus.js';

const BUFFER_POOL_BYTES = 512 * 1024 * 1024;
/** The whole corpus by default; `NEWSGRAPH_BENCH_LOAD_STORIES=2000` measures the first 2,000 bodies for a quicker run. */
const STORIES = Number(process.env.NEWSGRAPH_BENCH_LOAD_STORIES) || Infinity;
/** Issue 8: the whole Reuters corpus extracted and loaded in under 5 minutes. */
const WHOLE_CORPUS_TARGET_S = 300;
/** Issue 8: loader throughput at least 25% of the raw COPY reference. */
const COPY_SHARE_TARGET = 0.25;

/** Runs `newsgraph load` on the corpus into a fresh store; wall time and the process's peak RSS. */
async function loadWithCli(corpus: Corpus, databasePath: string): Promise<{ seconds: number; peakRssMb: number; output: string }> {
  const cli = join(packageRoot(), 'dist', 'cli', 'newsgraph.js');
  if (!existsSync(cli)) {
    const built = spawnSync('npm', ['run', 'build:server'], { cwd: packageRoot(), stdio: 'inherit' });
    if (built.status !== 0) throw new Error('load bench: `npm run build:server` failed; fix its errors, then retry.');
  }
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'load', corpus.folder, '--no-progress'], {
    env: { ...process.env, NEWSGRAPH_KUZU_PATH: databasePath, NEWSGRAPH_KUZU_BUFFER_MB: String(BUFFER_POOL_BYTES / 1024 / 1024) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // VmHWM only grows, so its last reading before the exit is the peak.
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      peakKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? peakKb);
    } catch {
      // The process has just exited.
    }
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(poll);
  if (code !== 0 && code !== 1) throw new Error(`load bench: newsgraph load exited with ${code}:\n${output}`);
  return { seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peakKb / 1024), output: output.trim() };
}

/** Extracts the corpus on one worker per core, keeping the articles in memory. */
async function extractAll(corpus: Corpus): Promise<{ articles: ExtractedArticle[]; seconds: number }> {
  const started = performance.now();
  const articles: ExtractedArticle[] = [];
  for await (const event of extractPaths([corpus.folder], { workers: availableParallelism() })) if (event.kind === 'article') articles.push(event.article);
  return { articles, seconds: (performance.now() - started) / 1000 };
}

/** What a write of already-extracted articles into a fresh store took, and what it wrote. */
interface Written {
  seconds: number;
  /** Relations plus one MENTIONS edge per entity of each article added. */
  relationships: number;
  /** Entities, articles, mentions and relations written. */
  rows: number;
}

/** Opens a fresh store at `databasePath`, times `write` on it, counts what it wrote from the results. */
async function timeWrite(databasePath: string, articles: ExtractedArticle[], write: (store: KuzuStore) => Promise<(WriteResult | Error)[]>): Promise<Written> {
  const store = new KuzuStore({ path: databasePath, bufferPoolBytes: BUFFER_POOL_BYTES });
  await store.open();
  try {
    const started = performance.now();
    const results = await write(store);
    const seconds = (performance.now() - started) / 1000;
    let relationships = 0;
    let rows = 0;
    results.forEach((result, index) => {
      if (result instanceof Error || result.skipped) return;
      relationships += result.relationsAdded + articles[index].entities.length;
      rows += 1 + result.entitiesAdded;
    });
    return { seconds, relationships, rows: rows + relationships };
  } finally {
    await store.close();
  }
}

/**
 * The loader's batched path (every load into a non-empty store): batches of ARTICLES_PER_TRANSACTION.
 * (The loader also cuts a batch early at 1,000,000 characters, which 32 Reuters bodies never reach.)
 */
async function writeInBatches(store: KuzuStore, articles: ExtractedArticle[]): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  for (let start = 0; start < articles.length; start += ARTICLES_PER_TRANSACTION) results.push(...(await store.writeArticles(articles.slice(start, start + ARTICLES_PER_TRANSACTION))));
  return results;
}

const round = (value: number) => Math.round(value * 10) / 10;
const perSecond = (count: number, seconds: number) => Math.round(count / seconds);

export const loadSection: BenchSection = {
  name: 'load',
  description:
    'Loading into Kùzu: `newsgraph load` end to end into an empty store (read, clean, extract on one worker per core, then one bulk COPY of the whole first load) with its peak memory; ' +
    'the writes alone on already-extracted articles, in the loader’s batches of 32 articles per transaction (every load into a non-empty store) and as the first load by COPY (planning, CSV staging, COPY, checkpoint); ' +
    'and Kùzu’s own bulk COPY of the same rows (exported to Parquet) as the physical reference.',
  async run(context) {
    const corpus = await prepareCorpus(context, 'load-corpus', STORIES);
    const input = corpus.description;
    const figures: BenchFigure[] = [];

    context.log(`load: newsgraph load on ${input}…`);
    const cli = await loadWithCli(corpus, join(context.workDir, 'load-cli.kuzu'));
    const whole = corpus.texts.length >= 19_000;
    figures.push(
      { name: 'newsgraph load, end to end', input, value: round(cli.seconds), unit: 's', ...(whole ? { target: `< ${WHOLE_CORPUS_TARGET_S} s`, met: cli.seconds < WHOLE_CORPUS_TARGET_S } : {}), note: cli.output.split('\n')[0] },
      { name: 'newsgraph load, articles/s', input, value: perSecond(corpus.texts.length, cli.seconds), unit: 'articles/s' },
      { name: 'loader peak RSS', input, value: cli.peakRssMb, unit: 'MB', note: `buffer pool ${BUFFER_POOL_BYTES / 1024 / 1024} MiB, ${availableParallelism()} extraction workers` },
    );

    context.log('load: extracting in memory for the write-only figures…');
    const extracted = await extractAll(corpus);
    const count = extracted.articles.length.toLocaleString('en');
    context.log(`load: writing ${count} articles into a fresh store in batches…`);
    const batched = await timeWrite(join(context.workDir, 'load-batches.kuzu'), extracted.articles, (store) => writeInBatches(store, extracted.articles));
    context.log(`load: writing ${count} articles into a fresh store by COPY (the loader's first load)…`);
    const written = await timeWrite(join(context.workDir, 'load-writes.kuzu'), extracted.articles, (store) => store.copyIntoEmptyStore(extracted.articles));
    const loaderRowsPerSecond = written.rows / written.seconds;
    figures.push(
      { name: 'writes alone in batches, articles/s', input, value: perSecond(extracted.articles.length, batched.seconds), unit: 'articles/s', note: `${round(batched.seconds)} s for ${count} articles (the path of every load into a non-empty store)` },
      { name: 'writes alone in batches, relationships/s', input, value: perSecond(batched.relationships, batched.seconds), unit: 'relationships/s', note: `${batched.relationships.toLocaleString('en')} relations and mentions` },
      { name: 'first load by COPY, articles/s', input, value: perSecond(extracted.articles.length, written.seconds), unit: 'articles/s', note: `${round(written.seconds)} s for ${count} articles: planning, CSV staging, COPY and checkpoint` },
      { name: 'first load by COPY, relationships/s', input, value: perSecond(written.relationships, written.seconds), unit: 'relationships/s', note: `${written.relationships.toLocaleString('en')} relations and mentions` },
    );

    context.log('load: exporting the same rows and COPYing them into a fresh database…');
    const exportFolder = join(context.workDir, 'load-export');
    await mkdir(exportFolder, { recursive: true });
    const tables = await exportTables(join(context.workDir, 'load-writes.kuzu'), exportFolder, BUFFER_POOL_BYTES);
    const copySeconds = await copyTablesIntoFreshKuzu(tables, join(context.workDir, 'load-copy.kuzu'), BUFFER_POOL_BYTES);
    const copyRows = tables.reduce((sum, table) => sum + table.rows, 0);
    const copyRowsPerSecond = copyRows / copySeconds;
    const share = loaderRowsPerSecond / copyRowsPerSecond;
    figures.push(
      { name: 'Kùzu COPY of the same rows', input, value: perSecond(copyRows, copySeconds), unit: 'rows/s', note: `${copyRows.toLocaleString('en')} rows (entities, articles, mentions, relations) in ${round(copySeconds)} s` },
      {
        name: 'loader first load ÷ COPY',
        input,
        value: Math.round(share * 1000) / 10,
        unit: '%',
        target: `≥ ${COPY_SHARE_TARGET * 100} %`,
        met: share >= COPY_SHARE_TARGET,
        note: `${perSecond(written.rows, written.seconds)} rows/s by the loader's first load (staging files included); in batches ${perSecond(batched.rows, batched.seconds)} rows/s, ${Math.round((batched.rows / batched.seconds / copyRowsPerSecond) * 1000) / 10} %`,
      },
    );
    return figures;
  },
};
