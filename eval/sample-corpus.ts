// Reads the annotated sample corpus: data/samples/*.md articles and their data/gold/<basename>.json answers.

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { InvalidArgumentError } from '../core/errors.js';
import { ENTITY_TYPES, PREDICATE_NAMES, type Predicate } from '../core/vocabulary.js';
import type { CleanArticle } from '../loaders/clean/clean-article.js';

const goldSchema = z.object({
  entities: z.array(z.object({ name: z.string().min(1), type: z.enum(ENTITY_TYPES) })),
  relations: z.array(
    z.object({ subject: z.string().min(1), predicate: z.enum(PREDICATE_NAMES as [Predicate, ...Predicate[]]), object: z.string().min(1) }),
  ),
});

/** The gold answer for one sample: entities and relations by canonical name. */
export type SampleGold = z.infer<typeof goldSchema>;

export interface SampleArticle {
  article: CleanArticle;
  /** Null when the sample has no gold file yet. */
  gold: SampleGold | null;
}

/** A front-matter value as text; YAML turns bare dates into Date objects, which become ISO dates. */
function frontMatterText(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** Parses one sample file's text into a CleanArticle: front matter gives title, source, author, url, date; the body is the text. */
export function sampleToArticle(file: string, content: string): CleanArticle {
  const { data, content: body } = matter(content);
  return {
    id: `sample:${basename(file, '.md')}`,
    file,
    parent: null,
    title: frontMatterText(data.title) ?? '',
    source: frontMatterText(data.source),
    url: frontMatterText(data.url),
    author: frontMatterText(data.author),
    publishedAt: frontMatterText(data.publishedAt),
    text: body.trim(),
  };
}

/** Validates a gold file's parsed JSON; `file` names it in the error. */
export function parseSampleGold(file: string, json: unknown): SampleGold {
  const parsed = goldSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidArgumentError(
      `${file}: not a gold file (${issue?.path.join('.')}: ${issue?.message}). Expecting {"entities":[{"name","type"}],"relations":[{"subject","predicate","object"}]}.`,
    );
  }
  return parsed.data;
}

/** Reads every `*.md` in `folder` (sorted by name) with its `<goldFolder>/<basename>.json` when present. */
export async function readSampleCorpus(folder: string, goldFolder: string): Promise<SampleArticle[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    files.map(async (name) => {
      const file = join(folder, name);
      const goldFile = join(goldFolder, `${basename(name, '.md')}.json`);
      const article = sampleToArticle(file, await readFile(file, 'utf8'));
      const gold = existsSync(goldFile) ? parseSampleGold(goldFile, JSON.parse(await readFile(goldFile, 'utf8'))) : null;
      return { article, gold };
    }),
  );
}
