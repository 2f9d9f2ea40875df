// The bench's input corpus: Reuters-21578 bodies written one .txt file each, or copies of data/samples without ../shared.

import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import { readReutersStories } from '../eval/reuters-reader.js';
import type { BenchContext } from './bench-section.js';

/** Copies of the sample corpus written when ../shared is absent. */
const SAMPLE_COPIES = 20;

export interface Corpus {
  folder: string;
  texts: string[];
  words: number;
  /** What the corpus is and how big, for a figure's `input`. */
  description: string;
}

/** Words in a text, split on whitespace. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Writes the first `limit` Reuters-21578 bodies (title, blank line, body) into `workDir/<name>`, or
 * copies of data/samples when ../shared/datasets/reuters21578 is absent.
 */
export async function prepareCorpus(context: BenchContext, name: string, limit: number): Promise<Corpus> {
  const folder = join(context.workDir, name);
  await mkdir(folder, { recursive: true });
  const reuters = context.sharedDir ? join(context.sharedDir, 'datasets', 'reuters21578') : null;
  let texts: string[];
  let description: string;
  if (reuters && existsSync(reuters)) {
    const stories = await readReutersStories(reuters, limit);
    texts = stories.map((story) => story.body);
    await Promise.all(stories.map((story, k) => writeFile(join(folder, `${String(k).padStart(5, '0')}.txt`), `${story.title}\n\n${story.body}\n`)));
    description = `Reuters-21578, ${Number.isFinite(limit) ? 'first ' : 'all '}${stories.length.toLocaleString('en')} bodies`;
  } else {
    context.log(`${name}: ../shared/datasets/reuters21578 not found; measuring on copies of data/samples instead.`);
    const samples = join(packageRoot(), 'data', 'samples');
    const names = (await readdir(samples)).filter((file) => file.endsWith('.md') && file !== 'README.md');
    const files = await Promise.all(names.map((file) => readFile(join(samples, file), 'utf8')));
    texts = [];
    for (let copy = 0; copy < SAMPLE_COPIES; copy += 1) {
      // Each copy gets its own last line, so that every copy is a new article to the store.
      await Promise.all(files.map((content, k) => writeFile(join(folder, `${copy}-${names[k]}`), `${content.trimEnd()}\n\nThis is copy ${copy + 1}.\n`)));
      texts.push(...files);
    }
    description = `data/samples × ${SAMPLE_COPIES} (${texts.length} articles)`;
  }
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  return { folder, texts, words, description: `${description}, ${words.toLocaleString('en')} words` };
}
