// `npm run eval`: scores the extractor on the annotated samples and, when present, CoNLL-2003 and CoNLL04.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { InvalidArgumentError, isNewsgraphError } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import { createExtractor } from '../loaders/extract/extract-article.js';
import type { ExtractFn } from './benchmark-run.js';
import { extractWithCompromise } from './compromise-baseline.js';
import { readConll2003 } from './conll2003-reader.js';
import { readConll04 } from './conll04-reader.js';
import { evaluateConll2003 } from './evaluate-conll2003.js';
import { evaluateConll04 } from './evaluate-conll04.js';
import { evaluateSamples } from './evaluate-samples.js';
import { formatErrors, formatReport, reportFigures } from './report-tables.js';
import { readSampleCorpus } from './sample-corpus.js';
import type { ScoreReport } from './score.js';

const USAGE = `usage: npx tsx eval/run-eval.ts [--limit N] [--json] [--errors N] [--conll04 dev|train]
  --limit N          score only the first N documents of each dataset (a quick look)
  --json             print the figures as JSON instead of tables
  --errors N         also list up to N false positives and false negatives per table
  --conll04 SPLIT    the CoNLL04 split to score: dev (the default) or train (design rules from its errors)`;

/** The CoNLL04 splits in ../shared/datasets/conll04. */
const CONLL04_SPLITS = ['dev', 'train'] as const;
type Conll04Split = (typeof CONLL04_SPLITS)[number];

interface Options {
  limit: number;
  json: boolean;
  errors: number;
  conll04: Conll04Split;
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
      options: { limit: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'string' }, conll04: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    throw new InvalidArgumentError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  const conll04 = values.conll04 ?? 'dev';
  if (!(CONLL04_SPLITS as readonly string[]).includes(conll04)) {
    throw new InvalidArgumentError(`--conll04: expecting one of ${CONLL04_SPLITS.join(', ')}, got "${conll04}".\n${USAGE}`);
  }
  return {
    limit: positiveInteger('limit', values.limit, Number.POSITIVE_INFINITY),
    json: values.json ?? false,
    errors: positiveInteger('errors', values.errors, 0),
    conll04: conll04 as Conll04Split,
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
  if (!existsSync(datasets)) {
    notice(`${datasets} not found: CoNLL-2003 and CoNLL04 skipped (the samples are scored without them).`);
    return result;
  }

  const conll2003 = readConll2003(await readFile(join(datasets, 'conll2003', 'eng.testa'), 'latin1')).slice(0, options.limit);
  for (const [name, run] of [
    ['newsgraph', newsgraph()],
    ['baseline: compromise alone', extractWithCompromise],
  ] as const) {
    const scored = evaluateConll2003(run, conll2003);
    result.push({ name: `CoNLL-2003 eng.testa NER, ${name}`, ...scored, tables: { 'NER (exact span)': scored.ner } });
  }

  const conll04 = readConll04(JSON.parse(await readFile(join(datasets, 'conll04', `conll04_${options.conll04}.json`), 'utf8'))).slice(0, options.limit);
  const scored = evaluateConll04(newsgraph(), conll04);
  result.push({
    name: `CoNLL04 ${options.conll04}, newsgraph`,
    ...scored,
    tables: {
      'NER (exact span)': scored.ner,
      relations: scored.relations,
      'relations without Live_In': scored.relationsWithoutLiveIn,
    },
  });
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
    };
    process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
    return;
  }
  for (const section of results) printSection(section, options.errors);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${isNewsgraphError(error) ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
