// Bench section "extraction": words and articles per second of the loading pipeline (read, clean,
// extract) with one worker and with one per core, beside compromise's own tagging speed on the same text.

import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { packageRoot } from '../../core/package-root.js';
import { readReutersStories } from '../../eval/reuters-reader.js';
import { extractPaths } from '../../loaders/pipeline.js';
import type { BenchContext, BenchFigure, BenchSection } from '../bench-section.js';

/** Reuters stories measured: enough for a stable rate, few enough for a run of a few minutes. */
const REUTERS_STORIES = 1000;
/** Copies of the sample corpus written when ../shared is absent. */
const SAMPLE_COPIES = 20;

interface Corpus {
  folder: string;
  texts: string[];
  words: number;
  description: string;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The Reuters-21578 bodies as one .txt file each, or copies of data/samples when the datasets are absent. */
async function prepareCorpus(context: BenchContext): Promise<Corpus> {
  const folder = join(context.workDir, 'extraction-corpus');
  await mkdir(folder, { recursive: true });
  const reuters = context.sharedDir ? join(context.sharedDir, 'datasets', 'reuters21578') : null;
  let texts: string[];
  let description: string;
  if (reuters && existsSync(reuters)) {
    const stories = await readReutersStories(reuters, REUTERS_STORIES);
    texts = stories.map((story) => story.body);
    await Promise.all(stories.map((story, k) => writeFile(join(folder, `${String(k).padStart(5, '0')}.txt`), `${story.title}\n\n${story.body}\n`)));
    description = `Reuters-21578, first ${stories.length.toLocaleString('en')} bodies`;
  } else {
    context.log('extraction: ../shared/datasets/reuters21578 not found; measuring on copies of data/samples instead.');
    const samples = join(packageRoot(), 'data', 'samples');
    const names = (await readdir(samples)).filter((name) => name.endsWith('.md') && name !== 'README.md');
    const files = await Promise.all(names.map((name) => readFile(join(samples, name), 'utf8')));
    texts = [];
    for (let copy = 0; copy < SAMPLE_COPIES; copy += 1) {
      await Promise.all(files.map((content, k) => writeFile(join(folder, `${copy}-${names[k]}`), content)));
      texts.push(...files);
    }
    description = `data/samples × ${SAMPLE_COPIES} (${texts.length} articles)`;
  }
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  return { folder, texts, words, description: `${description}, ${words.toLocaleString('en')} words` };
}

/** Seconds to read, clean and extract every file of the corpus on `workers` threads, and the articles out. */
async function timePipeline(corpus: Corpus, workers: number): Promise<{ seconds: number; articles: number }> {
  const started = performance.now();
  let articles = 0;
  for await (const event of extractPaths([corpus.folder], { workers })) if (event.kind === 'article') articles += 1;
  return { seconds: (performance.now() - started) / 1000, articles };
}

/** Seconds compromise takes to tag every text and list its people, places and organisations. */
function timeCompromise(texts: string[]): number {
  const started = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  return (performance.now() - started) / 1000;
}

const round = (value: number) => Math.round(value);

export const extractionSection: BenchSection = {
  name: 'extraction',
  description:
    'Extraction speed: the whole loading pipeline (read, clean, extract; no store) on one worker and on one worker per core, ' +
    "beside compromise alone (nlp(text) then .people(), .places(), .organizations()) on the same bodies, in one thread.",
  async run(context) {
    const corpus = await prepareCorpus(context);
    const cores = availableParallelism();
    const figures: BenchFigure[] = [];
    const runs = [...new Set([1, cores])];
    const rates = new Map<number, number>();
    for (const workers of runs) {
      context.log(`extraction: ${workers} worker(s) on ${corpus.description}…`);
      const { seconds, articles } = await timePipeline(corpus, workers);
      rates.set(workers, corpus.words / seconds);
      const label = workers === 1 ? '1 worker (main thread)' : `${workers} workers (one per core)`;
      const note = workers === 1 ? undefined : 'includes starting the worker threads';
      figures.push({ name: `pipeline words/s, ${label}`, input: corpus.description, value: round(corpus.words / seconds), unit: 'words/s', note });
      figures.push({ name: `pipeline articles/s, ${label}`, input: corpus.description, value: round(articles / seconds), unit: 'articles/s' });
    }
    if (cores > 1) {
      figures.push({ name: `speed-up, ${cores} workers`, input: corpus.description, value: Number((rates.get(cores)! / rates.get(1)!).toFixed(2)), unit: '×' });
    }
    context.log('extraction: compromise alone…');
    const seconds = timeCompromise(corpus.texts);
    figures.push({ name: 'compromise alone words/s', input: corpus.description, value: round(corpus.words / seconds), unit: 'words/s', note: 'tagging plus people/places/organizations, one thread' });
    figures.push({ name: 'compromise alone articles/s', input: corpus.description, value: round(corpus.texts.length / seconds), unit: 'articles/s' });
    return figures;
  },
};
