// The per-input work of the pipeline, the same on the main thread and on a worker thread: read one
// file (or take one raw article), clean it into stories and extract each story on its own.

import { cleanArticle } from '../clean/clean-article.js';
import { extractArticle, type ArticleExtraction } from '../extract/extract-article.js';
import { isInputFailure, type InputFailure } from '../read/input-failure.js';
import type { RawArticle } from '../read/raw-article.js';
import { readInputFile, type ReadOptions } from '../read/read-input-file.js';

/**
 * Longest story text extracted, in characters. Extraction takes about 75 ms per thousand characters
 * (a 1 MB single-line file: about 75 s), so a longer story (a whole book, a database dump) is refused
 * rather than holding a worker for minutes; no news story comes near it.
 */
export const MAX_STORY_LENGTH = 2_000_000;

/** What one input yields, in order: extracted stories (not yet resolved across the run) and failures. */
export type InputOutcome = { kind: 'extraction'; extraction: ArticleExtraction } | { kind: 'failure'; failure: InputFailure };

/** One unit of work: a file to read, or a record already read (a JSON Lines line from standard input). */
export type InputTask = { kind: 'file'; file: string; options?: ReadOptions } | { kind: 'raw'; raw: RawArticle };

/** The file (and line) a task is about, for reporting a failure of the whole task. */
export function taskFailure(task: InputTask, reason: string): InputFailure {
  if (task.kind === 'file') return { file: task.file, reason };
  return { file: task.raw.file, ...(task.raw.line === undefined ? {} : { line: task.raw.line }), reason };
}

/** Reads, cleans and extracts one input. Never throws: every problem is a failure naming the input. */
export async function extractInput(task: InputTask): Promise<InputOutcome[]> {
  if (task.kind === 'raw') return cleanAndExtract(task.raw);
  const { articles, failures } = await readInputFile(task.file, task.options);
  // JSON Lines failures go back between the articles of the lines around them.
  const items: (RawArticle | InputFailure)[] = [...articles, ...failures].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return items.flatMap((item) => (isInputFailure(item) ? [{ kind: 'failure' as const, failure: item }] : cleanAndExtract(item)));
}

/** Cleans one read article and extracts each of its stories, main story first. */
function cleanAndExtract(raw: RawArticle): InputOutcome[] {
  const failure = (reason: string): InputOutcome => ({ kind: 'failure', failure: taskFailure({ kind: 'raw', raw }, reason) });
  let stories;
  try {
    stories = cleanArticle(raw);
  } catch (error) {
    return [failure(`cannot clean it (${(error as Error).message})`)];
  }
  if (stories.length === 0) {
    return [failure('no story text is left once page furniture (sign-in prompts, ads, links) is removed: nothing to extract')];
  }
  return stories.map((story) => {
    if (story.text.length > MAX_STORY_LENGTH) {
      return failure(`the story "${story.title.slice(0, 60)}" is too long to extract (${story.text.length} characters > ${MAX_STORY_LENGTH}); split it into articles`);
    }
    try {
      return { kind: 'extraction', extraction: extractArticle(story) };
    } catch (error) {
      return failure(`cannot extract "${story.title}" (${(error as Error).message})`);
    }
  });
}
