// Generates a big synthetic news graph as CSV files in the Kùzu store's schema and bulk-loads them with COPY.

import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { ENTITY_TYPES, PREDICATES, PREDICATE_NAMES, type EntityType, type Predicate } from '../core/vocabulary.js';
import * as statements from '../store/kuzu/statements.js';

export interface BigGraphOptions {
  entities: number;
  relationships: number;
  /** Relationships stated per article (so articles = relationships / this). */
  relationsPerArticle: number;
  seed: number;
}

/** What the bench needs to ask realistic questions of the generated graph. */
export interface BigGraphSample {
  names: string[];
  /** Entity ids picked in proportion to their degree (what people click on), with repeats. */
  popularIds: string[];
  /** [subject, object] of stored relationships, for evidence look-ups. */
  relationPairs: [string, string][];
  articles: number;
}

/**
 * Endpoints follow a power law: index = ⌊N · u^2.5⌋ for uniform u, so the top entity has about 1%
 * of all relationship ends (a "United States"), the median entity about a dozen. The first 200
 * indices are countries, as in news.
 */
const SKEW = 2.5;
const COUNTRIES = 200;
const TYPE_SHARES: [EntityType, number][] = [
  ['PERSON', 0.45],
  ['ORGANIZATION', 0.25],
  ['LOCATION', 0.15],
  ['FACILITY', 0.05],
  ['WEAPON', 0.03],
  ['EVENT', 0.04],
  ['OTHER', 0.03],
];
const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'ta', 'ros', 'el', 'dan', 'sho', 'ru', 'bek', 'ni', 'ova', 'zel', 'quin', 'har', 'tu', 'mo', 'sa', 'ver'];
const OUTLETS = Array.from({ length: 20 }, (_, index) => `Outlet ${index + 1}`);
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3800;
const FLUSH_LINES = 20_000;

/** Mulberry32: a small seeded PRNG, so every run generates the same graph. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** CSV field: always quoted, inner quotes doubled; null is an empty field (Kùzu reads it as NULL). */
function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return `"${value.replaceAll('"', '""')}"`;
}

/** Buffered CSV writer: appends in chunks so a million rows never sit in memory at once. */
class CsvFile {
  private lines: string[] = [];
  constructor(readonly path: string, header: string[]) {
    writeFileSync(path, header.join(',') + '\n');
  }
  add(values: (string | number | null)[]): void {
    this.lines.push(values.map(field).join(','));
    if (this.lines.length >= FLUSH_LINES) this.flush();
  }
  flush(): void {
    if (this.lines.length) appendFileSync(this.path, this.lines.join('\n') + '\n');
    this.lines = [];
  }
}

/** Writes entities.csv, articles.csv, mentions.csv and one CSV per predicate into `folder`. */
export function writeBigGraphCsv(folder: string, options: BigGraphOptions): BigGraphSample {
  mkdirSync(folder, { recursive: true });
  const next = random(options.seed);
  const pick = () => Math.min(Math.floor(options.entities * next() ** SKEW), options.entities - 1);
  const types = entityTypes(options.entities, next);
  const names = Array.from({ length: options.entities }, (_, index) => entityName(index, types[index], next));
  const ids = names.map((name, index) => `${types[index].toLowerCase()}:${name.toLowerCase().replaceAll(' ', '-')}-${index}`);
  const articleCount = Math.ceil(options.relationships / options.relationsPerArticle);
  const articleDates = Array.from({ length: articleCount }, () => new Date(FIRST_DAY + Math.floor(next() * DAYS) * 86_400_000).toISOString().slice(0, 10));

  const relationFiles = new Map<Predicate, CsvFile>(
    PREDICATE_NAMES.map((predicate) => [
      predicate,
      new CsvFile(join(folder, `${predicate}.csv`), ['from', 'to', 'id', 'articleId', 'verb', 'confidence', 'sentence', 'sentenceStart', 'sentenceEnd', 'date', 'attributes']),
    ]),
  );
  const mentions = new CsvFile(join(folder, 'mentions.csv'), ['from', 'to', 'count', 'spanStarts', 'spanEnds']);
  const entityArticles = new Uint32Array(options.entities);
  const firstSeen: (string | null)[] = new Array(options.entities).fill(null);
  const lastSeen: (string | null)[] = new Array(options.entities).fill(null);
  const popularIds: string[] = [];
  const relationPairs: [string, string][] = [];

  for (let article = 0; article < articleCount; article++) {
    const date = articleDates[article];
    const articleId = `article-${article}`;
    const inArticle = new Set<number>();
    for (let r = 0; r < options.relationsPerArticle && article * options.relationsPerArticle + r < options.relationships; r++) {
      const subject = pick();
      let object = pick();
      if (object === subject) object = (object + 1) % options.entities;
      const predicate = PREDICATE_NAMES[Math.floor(next() * PREDICATE_NAMES.length)];
      const verb = PREDICATES[predicate].label;
      const sentence = `${names[subject]} ${verb} ${names[object]} on ${date}.`;
      relationFiles.get(predicate)!.add([ids[subject], ids[object], `rel-${article}-${r}`, articleId, verb, 0.8, sentence, 0, sentence.length, date, '{}']);
      inArticle.add(subject).add(object);
      if (relationPairs.length < 2000 && next() < 0.01) relationPairs.push([ids[subject], ids[object]]);
      if (popularIds.length < 2000 && next() < 0.01) popularIds.push(ids[subject]);
    }
    for (const entity of inArticle) {
      mentions.add([articleId, ids[entity], 1, '[0]', '[1]']);
      entityArticles[entity]++;
      if (!firstSeen[entity] || date < firstSeen[entity]!) firstSeen[entity] = date;
      if (!lastSeen[entity] || date > lastSeen[entity]!) lastSeen[entity] = date;
    }
  }
  for (const file of relationFiles.values()) file.flush();
  mentions.flush();

  const entities = new CsvFile(join(folder, 'entities.csv'), ['id', 'name', 'type', 'aliases', 'articleCount', 'mentionCount', 'firstSeen', 'lastSeen']);
  names.forEach((name, index) => entities.add([ids[index], name, types[index], '[]', entityArticles[index], entityArticles[index], firstSeen[index], lastSeen[index]]));
  entities.flush();
  const articles = new CsvFile(join(folder, 'articles.csv'), [
    'id', 'title', 'source', 'url', 'author', 'publishedAt', 'ingestedAt', 'text', 'parent', 'file', 'entityCount', 'relationCount',
  ]);
  articleDates.forEach((date, index) =>
    articles.add([`article-${index}`, `Generated story ${index}`, OUTLETS[index % OUTLETS.length], null, null, date, '2025-07-01T00:00:00.000Z', 'Generated text.', null, null, 0, options.relationsPerArticle]),
  );
  articles.flush();
  return { names, popularIds, relationPairs, articles: articleCount };
}

/** Creates the store's schema in a fresh Kùzu database at `path` and COPYs the CSV files in; returns seconds taken. */
export async function copyBigGraphIntoKuzu(folder: string, path: string, bufferPoolBytes: number): Promise<number> {
  const started = performance.now();
  const database = new kuzu.Database(path, bufferPoolBytes);
  const connection = new kuzu.Connection(database);
  const run = async (statement: string) => {
    const result = await connection.query(statement);
    for (const one of Array.isArray(result) ? result : [result]) one.close();
  };
  try {
    for (const statement of statements.SCHEMA) await run(statement);
    await run(`COPY Entity FROM '${join(folder, 'entities.csv')}' (header=true)`);
    await run(`COPY Article FROM '${join(folder, 'articles.csv')}' (header=true)`);
    await run(`COPY MENTIONS FROM '${join(folder, 'mentions.csv')}' (header=true)`);
    for (const predicate of PREDICATE_NAMES) await run(`COPY ${predicate} FROM '${join(folder, `${predicate}.csv`)}' (header=true)`);
  } finally {
    await connection.close();
    await database.close();
  }
  return (performance.now() - started) / 1000;
}

function entityTypes(count: number, next: () => number): EntityType[] {
  return Array.from({ length: count }, (_, index) => {
    if (index < COUNTRIES) return 'COUNTRY';
    let roll = next();
    for (const [type, share] of TYPE_SHARES) {
      roll -= share;
      if (roll < 0) return type;
    }
    return ENTITY_TYPES[ENTITY_TYPES.length - 1];
  });
}

function entityName(index: number, type: EntityType, next: () => number): string {
  const word = (syllables: number) => {
    let text = '';
    for (let i = 0; i < syllables; i++) text += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  if (type === 'PERSON') return `${word(2)} ${word(3)}`;
  if (type === 'COUNTRY') return `${word(3)}ia`;
  return `${word(2)} ${word(2)}${index % 7 === 0 ? ' Group' : ''}`;
}
