// `npm run eval`: scores the extractor on the annotated samples and, when present, CoNLL-2003 and CoNLL04.

import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { InvalidArgumentError, isNewsgraphError } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import type { ExtractedArticle } from '../core/model.js';
import { createExtractor } from '../loaders/extract/extract-article.js';
import { extractPaths } from '../loaders/pipeline.js';
import type { ExtractFn } from './benchmark-run.js';
import { extractWithCompromise } from './compromise-baseline.js';
import { readConll2003 } from './conll2003-reader.js';
import { readConll04 } from './conll04-reader.js';
import { evaluateConll2003 } from './evaluate-conll2003.js';
import { evaluateConll04 } from './evaluate-conll04.js';
import { checkDoneWhen } from './done-when-checks.js';
import { evaluateSamples } from './evaluate-samples.js';
import { formatDoneWhen, formatErrors, formatReport, reportFigures } from './report-tables.js';
import { readSampleCorpus } from './sample-corpus.js';
import type { ScoreReport } from './score.js';

const USAGE = `usage: npx tsx eval/run-eval.ts [--limit N] [--json] [--errors N] [--conll04 SPLIT] [--conll2003 FILE] [--seeds FOLDER]
  --limit N          score only the first N documents of each dataset (a quick look)
  --json             print the figures as JSON instead of tables
  --errors N         also list up to N false positives and false negatives per table
  --conll04 SPLIT    the CoNLL04 split to score: dev (the default), train (design rules from its errors),
                     any other conll04_<SPLIT>.json beside them (a held-out test split), or a path to such a file
  --conll2003 FILE   the CoNLL-2003 file to score: eng.testa (the default), any other file beside it
                     (eng.testb), or a path to one
  --seeds FOLDER     the articles to check the issue's done-when edges on (default: ../shared/seeds when present)`;

interface Options {
  limit: number;
  json: boolean;
  errors: number;
  /** A split name (conll04_<split>.json in the datasets folder) or a path to a file. */
  conll04: string;
  /** A file name in the conll2003 datasets folder or a path to one. */
  conll2003: string;
  /** The folder of articles to check the done-when edges on, if given. */
  seeds: string | undefined;
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError(`--${flag}: expecting a positive whole number, got "${value}".\n${USAGE}`);
  return number;
}

function readOptions(): Options {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        limit: { type: 'string' },
        json: { type: 'boolean' },
        errors: { type: 'string' },
        conll04: { type: 'string' },
        conll2003: { type: 'string' },
        seeds: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new InvalidArgumentError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  return {
    limit: positiveInteger('limit', values.limit, Number.POSITIVE_INFINITY),
    json: values.json ?? false,
    errors: positiveInteger('errors', values.errors, 0),
    conll04: values.conll04 ?? 'dev',
    conll2003: values.conll2003 ?? 'eng.testa',
    seeds: values.seeds,
  };
}

/** One scored dataset: what it is, how fast it went, and its tables. */
interface DatasetSection {
  name: string;
  documents: number;
  words: number;
  elapsedMs: number;
  tables: Record<string, ScoreReport>;
}

function speed(section: Pick<DatasetSection, 'words' | 'elapsedMs'>): number {
  return section.elapsedMs > 0 ? Math.round(section.words / (section.elapsedMs / 1000)) : 0;
}

function printSection(section: DatasetSection, errors: number): void {
  const seconds = (section.elapsedMs / 1000).toFixed(1);
  process.stdout.write(
    `\n== ${section.name}: ${section.documents} documents, ${section.words.toLocaleString('en')} words, ` +
      `${seconds} s, ${speed(section).toLocaleString('en')} words/s\n`,
  );
  for (const [title, report] of Object.entries(section.tables)) {
    process.stdout.write(formatReport(title, report) + '\n');
    if (errors) process.stdout.write(formatErrors(title, report, errors) + '\n');
  }
}

/**
 * The file to score: `given` as a path when it names one, else that name in the dataset's folder.
 * Null when the default file is absent (the dataset is then skipped); an error when a file asked for is.
 */
function datasetFile(datasets: string, folder: string, given: string, isDefault: boolean): string | null {
  if (existsSync(given) && /[/\\]/.test(given)) return given;
  const file = join(datasets, folder, given);
  if (existsSync(file)) return file;
  if (isDefault) return null;
  const present = existsSync(join(datasets, folder)) ? readdirSync(join(datasets, folder)).join(', ') : 'none: the folder is missing';
  throw new InvalidArgumentError(`--${folder}: no file "${given}" (looked for ${file}); files there: ${present}.\n${USAGE}`);
}

async function sections(options: Options, notice: (message: string) => void): Promise<DatasetSection[]> {
  const root = packageRoot();
  // A fresh extractor per dataset: it remembers names across the articles of one run, and one
  // dataset's names must not help resolve another's.
  const newsgraph = (): ExtractFn => {
    const extractor = createExtractor();
    return (article) => extractor.extract(article);
  };
  const result: DatasetSection[] = [];

  const samples = (await readSampleCorpus(join(root, 'data', 'samples'), join(root, 'data', 'gold'))).filter((sample) => sample.gold).slice(0, options.limit);
  if (samples.length === 0) notice('no data/gold/<name>.json answer for any data/samples/<name>.md: sample corpus skipped.');
  else {
    const scored = evaluateSamples(newsgraph(), samples);
    result.push({
      name: 'samples (data/samples against data/gold)',
      ...scored,
      tables: { 'entities (name+type)': scored.entities, 'entities (name only)': scored.entityNames, relations: scored.relations },
    });
  }

  const datasets = join(root, '..', 'shared', 'datasets');
  const conll2003File = datasetFile(datasets, 'conll2003', options.conll2003, options.conll2003 === 'eng.testa');
  const conll04File = datasetFile(datasets, 'conll04', /[/\\]|\.json$/.test(options.conll04) ? options.conll04 : `conll04_${options.conll04}.json`, options.conll04 === 'dev');
  if (!conll2003File && !conll04File) notice(`${datasets} not found: CoNLL-2003 and CoNLL04 skipped (the samples are scored without them).`);

  if (conll2003File) {
    const conll2003 = readConll2003(await readFile(conll2003File, 'latin1')).slice(0, options.limit);
    for (const [name, run] of [
      ['newsgraph', newsgraph()],
      ['baseline: compromise alone', extractWithCompromise],
    ] as const) {
      const scored = evaluateConll2003(run, conll2003);
      result.push({ name: `CoNLL-2003 ${basename(conll2003File)} NER, ${name}`, ...scored, tables: { 'NER (exact span)': scored.ner } });
    }
  }

  if (conll04File) {
    const conll04 = readConll04(JSON.parse(await readFile(conll04File, 'utf8'))).slice(0, options.limit);
    const scored = evaluateConll04(newsgraph(), conll04);
    result.push({
      name: `CoNLL04 ${basename(conll04File, '.json').replace(/^conll04_/, '')}, newsgraph`,
      ...scored,
      tables: {
        'NER (exact span)': scored.ner,
        relations: scored.relations,
        'relations without Live_In': scored.relationsWithoutLiveIn,
        // A second view, not the benchmark's score: see eval/closing-stop.ts.
        'NER, closing full stop ignored': scored.nerClosingStopIgnored,
        'relations, closing full stop ignored': scored.relationsClosingStopIgnored,
      },
    });
  }
  return result;
}

async function main(): Promise<void> {
  const options = readOptions();
  const notices: string[] = [];
  const notice = (message: string) => {
    notices.push(message);
    process.stderr.write(`eval: ${message}\n`);
  };
  const results = await sections(options, notice);
  const seeds = options.seeds ?? join(packageRoot(), '..', 'shared', 'seeds');
  const doneWhen = existsSync(seeds) ? checkDoneWhen(await extractedArticles(seeds)) : null;
  if (!doneWhen) notice(`${seeds} not found: the done-when edges were not checked.`);
  if (options.json) {
    const figures = {
      date: new Date().toISOString().slice(0, 10),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version },
      limit: Number.isFinite(options.limit) ? options.limit : null,
      notices,
      datasets: results.map((section) => ({
        name: section.name,
        documents: section.documents,
        words: section.words,
        elapsedMs: Math.round(section.elapsedMs),
        wordsPerSecond: speed(section),
        tables: Object.fromEntries(Object.entries(section.tables).map(([title, report]) => [title, reportFigures(report)])),
      })),
      doneWhen: doneWhen && {
        seeds,
        edges: doneWhen.edges.map(({ edge, evidence }) => ({ ...edge, found: evidence.length, evidence: evidence[0]?.sentence ?? null })),
        onePersonIds: doneWhen.onePersonIds,
        crossStoryRelations: doneWhen.crossStoryRelations.length,
      },
    };
    process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
    return;
  }
  for (const section of results) printSection(section, options.errors);
  if (doneWhen) process.stdout.write(`\n== done-when edges on ${seeds}\n${formatDoneWhen(doneWhen)}\n`);
}

/** Every article of a folder, through the loading pipeline (related stories split off, names resolved across the run). */
async function extractedArticles(folder: string): Promise<ExtractedArticle[]> {
  const articles: ExtractedArticle[] = [];
  for await (const event of extractPaths([folder], { workers: 1 })) if (event.kind === 'article') articles.push(event.article);
  return articles;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${isNewsgraphError(error) ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
