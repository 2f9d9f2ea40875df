// Bench section "extraction": words and articles per second of the loading pipeline (read, clean,
// extract) with one worker and with one per core, beside compromise's own tagging speed on the same text.

import { availableParallelism } from 'node:os';
import nlp from 'compromise';
import { extractPaths } from '../../loaders/pipeline.js';
import type { BenchFigure, BenchSection } from '../bench-section.js';
import { prepareCorpus, type Corpus } from '../reuters-corpus.js';

/** Reuters stories measured: enough for a stable rate, few enough for a run of a few minutes. */
const REUTERS_STORIES = 1000;

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
    const corpus = await prepareCorpus(context, 'extraction-corpus', REUTERS_STORIES);
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
