// Writes a planned first load as the CSV files Kùzu's COPY FROM reads: entities, articles, mentions, one file per predicate.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { UnavailableError } from '../../core/errors.js';
import type { Predicate } from '../../core/vocabulary.js';
import type { BatchPlan } from '../batch-plan.js';

/**
 * How a missing value is written. Measured (kuzu 0.11.3): by default an empty field, quoted or not,
 * is read as NULL, so an empty title would come back as null; with this marker as the only null
 * string, `""` stays an empty string. A real value equal to it is refused (stageCopyFiles).
 */
export const NULL_MARKER = '<newsgraph:null>';

/**
 * The CSV dialect of the staged files, as COPY options. RFC 4180 quoting (papaparse doubles a quote
 * inside a quoted field), every field quoted; no dialect sniffing; read by one thread, because
 * Kùzu's parallel CSV reader refuses newlines inside quoted fields, which article texts have.
 */
export const CSV_COPY_OPTIONS = `HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', PARALLEL=false, AUTO_DETECT=false, NULL_STRINGS=['${NULL_MARKER}']`;

/**
 * How an entity's aliases (a list of any text) travel in one CSV field: joined by this separator, split
 * again by statements.COPY_ENTITIES. Kùzu's own CSV lists cannot carry them (measured: an element keeps
 * its quotes, and a comma inside one splits it). `string_split` drops empty elements, and the one
 * function that could restore them (a `list_transform` lambda) crashed the process inside the COPY
 * transaction on the whole corpus ("corrupted size vs. prev_size"), so an empty alias, or one holding
 * the separator, is refused: such a load is written in batches instead.
 */
export const ALIAS_SEPARATOR = '\u001f';

/** One staged table: the table COPY fills and the file it reads. */
export interface StagedTable {
  table: 'Entity' | 'Article' | 'MENTIONS' | Predicate;
  file: string;
}

type Cell = string | number | null;

/**
 * Writes the entities, articles, mentions and relations of `batch` into `folder`, one CSV file per
 * table, nodes first, the columns in each table's declaration order (a relationship's two keys first).
 * Throws UnavailableError when a text equals NULL_MARKER or an alias is empty or holds ALIAS_SEPARATOR.
 */
export async function stageCopyFiles(folder: string, batch: BatchPlan): Promise<StagedTable[]> {
  const tables: StagedTable[] = [];
  const stage = async (table: StagedTable['table'], header: string[], rows: Cell[][]) => {
    if (rows.length === 0) return;
    const file = join(folder, `${table}.csv`);
    await writeFile(file, Papa.unparse({ fields: header, data: rows.map((row) => row.map(cell)) }, { quotes: true, newline: '\n' }));
    tables.push({ table, file });
  };
  await stage(
    'Entity',
    ['id', 'name', 'type', 'aliases', 'articleCount', 'mentionCount', 'firstSeen', 'lastSeen'],
    batch.entities.map((e) => [e.id, e.name, e.type, aliasField(e.aliases), Math.round(e.articleCount), Math.round(e.mentionCount), e.firstSeen, e.lastSeen]),
  );
  await stage(
    'Article',
    ['id', 'title', 'source', 'url', 'author', 'publishedAt', 'ingestedAt', 'text', 'parent', 'file', 'entityCount', 'relationCount'],
    batch.articles.map((a) => [a.id, a.title, a.source, a.url, a.author, a.publishedAt, a.ingestedAt, a.text, a.parent, a.file, Math.round(a.entityCount), Math.round(a.relationCount)]),
  );
  await stage(
    'MENTIONS',
    ['from', 'to', 'count', 'spanStarts', 'spanEnds'],
    batch.mentions.map((m) => [m.articleId, m.entityId, Math.round(m.count), numberList(m.spanStarts), numberList(m.spanEnds)]),
  );
  for (const [predicate, relations] of batch.relationsByPredicate) {
    await stage(
      predicate,
      ['from', 'to', 'id', 'articleId', 'verb', 'confidence', 'sentence', 'sentenceStart', 'sentenceEnd', 'date', 'attributes'],
      // String(x) round-trips a double exactly, and Kùzu reads it back exactly.
      relations.map((r) => [r.subject, r.object, r.id, r.articleId, r.verb, String(r.confidence), r.sentence, Math.round(r.sentenceStart), Math.round(r.sentenceEnd), r.date, r.attributes]),
    );
  }
  return tables;
}

/** A list of whole numbers as Kùzu's CSV reads an INT64[] (`[1,2,3]`; numbers hold no comma or bracket). */
function numberList(values: number[]): string {
  return `[${values.map(Math.round).join(',')}]`;
}

/** Aliases as one field (ALIAS_SEPARATOR). */
function aliasField(aliases: string[]): string {
  if (aliases.some((alias) => alias === '' || alias.includes(ALIAS_SEPARATOR))) {
    throw new UnavailableError('stageCopyFiles: an alias is empty or holds the alias separator (U+001F); COPY cannot carry it. Write the articles with writeArticles.');
  }
  return aliases.join(ALIAS_SEPARATOR);
}

function cell(value: Cell): string | number {
  if (value === null) return NULL_MARKER;
  if (value === NULL_MARKER) throw new UnavailableError(`stageCopyFiles: a text equals the null marker \`${NULL_MARKER}\`; COPY cannot carry it. Write the articles with writeArticles.`);
  return value;
}
