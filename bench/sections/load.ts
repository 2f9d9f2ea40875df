// Bench section "load": the loader into Kùzu end to end (the real CLI, with its peak memory), its write
// throughput alone, and Kùzu's own bulk COPY of the very same rows as the physical reference.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ExtractedArticle } from '../../core/model.js';
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

/**
 * Writes already-extracted articles into a fresh store in the loader's batches; seconds and rows written.
 * (The loader also cuts a batch early at 1,000,000 characters, which 32 Reuters bodies never reach.)
 */
async function writeAll(articles: ExtractedArticle[], databasePath: string): Promise<{ seconds: number; relationships: number; rows: number }> {
  const store = new KuzuStore({ path: databasePath, bufferPoolBytes: BUFFER_POOL_BYTES });
  await store.open();
  try {
    const started = performance.now();
    let relationships = 0;
    let entities = 0;
    for (let start = 0; start < articles.length; start += ARTICLES_PER_TRANSACTION) {
      const batch = articles.slice(start, start + ARTICLES_PER_TRANSACTION);
      (await store.writeArticles(batch)).forEach((result, index) => {
        // Relations plus one MENTIONS edge per entity of the article.
        relationships += result.relationsAdded + (result.skipped ? 0 : batch[index].entities.length);
        entities += result.entitiesAdded;
      });
    }
    return { seconds: (performance.now() - started) / 1000, relationships, rows: relationships + entities + articles.length };
  } finally {
    await store.close();
  }
}

const round = (value: number) => Math.round(value * 10) / 10;
const perSecond = (count: number, seconds: number) => Math.round(count / seconds);

export const loadSection: BenchSection = {
  name: 'load',
  description:
    'Loading into Kùzu: `newsgraph load` end to end (read, clean, extract on one worker per core, write 32 whole articles per transaction) with its peak memory; ' +
    'the writes alone on already-extracted articles, in the loader’s batches of 32 articles per transaction; and Kùzu’s own bulk COPY of the same rows (exported to Parquet) as the physical reference.',
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
    context.log(`load: writing ${extracted.articles.length} articles into a fresh store…`);
    const written = await writeAll(extracted.articles, join(context.workDir, 'load-writes.kuzu'));
    const loaderRowsPerSecond = written.rows / written.seconds;
    figures.push(
      { name: 'writes alone, articles/s', input, value: perSecond(extracted.articles.length, written.seconds), unit: 'articles/s', note: `${round(written.seconds)} s for ${extracted.articles.length.toLocaleString('en')} articles` },
      { name: 'writes alone, relationships/s', input, value: perSecond(written.relationships, written.seconds), unit: 'relationships/s', note: `${written.relationships.toLocaleString('en')} relations and mentions` },
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
        name: 'loader writes ÷ COPY',
        input,
        value: Math.round(share * 1000) / 10,
        unit: '%',
        target: `≥ ${COPY_SHARE_TARGET * 100} %`,
        met: share >= COPY_SHARE_TARGET,
        note: `${perSecond(written.rows, written.seconds)} rows/s written by the loader`,
      },
    );
    return figures;
  },
};
