// `newsgraph load <paths…>`: read, extract and store articles, with a progress bar and a summary.

import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { parseWorkerCount } from '../../core/config.js';
import { COPY_MIN_ARTICLES, loadPaths, type LoadProgress, type LoadSummary } from '../../loaders/load-into-store.js';
import { describeFailure } from '../../loaders/read/input-failure.js';
import { describeTally } from '../../loaders/read/input-tally.js';
import { runAction, withStore } from '../run-command.js';

/** Prints the summary of a load and its failures; returns the exit code. */
export function reportLoad(summary: LoadSummary, out: NodeJS.WritableStream = process.stdout): number {
  if (summary.copyFailure) process.stderr.write(`The bulk COPY into the empty store failed, so the articles were written in batches instead: ${summary.copyFailure}\n`);
  out.write(
    `Loaded: ${summary.articlesAdded} article(s) added, ${summary.articlesSkipped} already stored; ` +
      `${summary.entitiesAdded} entities and ${summary.relationsAdded} relations added; ${describeTally(summary)}.\n`,
  );
  if (summary.failures.length) {
    process.stderr.write(`${summary.failures.length} input(s) failed:\n`);
    for (const failure of summary.failures) {
      process.stderr.write(`  ${describeFailure(failure)}\n`);
    }
    return 1;
  }
  return 0;
}

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('Read articles (files or folders of .txt .md .html .json .jsonl), extract the graph and store it.')
    .argument('<paths...>', 'files or folders to load')
    .option('--no-progress', 'show no progress (a bar on a terminal, else a line per percent of the files)')
    .option('--no-copy', `write in batches even into an empty store (by default a first load of ${COPY_MIN_ARTICLES} or more articles is extracted whole, then bulk-loaded with COPY)`)
    .option('--workers <n>', 'worker threads that read and extract files: auto (one per core) or a number (default: NEWSGRAPH_WORKERS)')
    .action(
      runAction(async (paths: string[], options: { progress: boolean; copy: boolean; workers?: string }) =>
        withStore(async (store, config) => {
          const bar = new SingleBar(
            { format: '{phase} [{bar}] {value}/{total} files | {articles} | {eta_formatted} left', hideCursor: true, noTTYOutput: false },
            Presets.shades_classic,
          );
          // On a terminal a bar; elsewhere (logs, pipes) a plain line at each whole percent of the files, and one per COPY.
          const showBar = options.progress && process.stderr.isTTY;
          let started = false;
          let percentShown = -1;
          const summary = await loadPaths(store, paths, {
            workers: options.workers === undefined ? config.workers : parseWorkerCount(options.workers, '--workers'),
            maxInputMegabytes: config.maxInputMegabytes,
            copyFirstLoad: options.copy,
            onProgress: (progress) => {
              if (!options.progress) return;
              const { filesDone, filesTotal } = progress;
              if (!showBar) {
                const percent = Math.floor((100 * filesDone) / Math.max(filesTotal, 1));
                if (progress.phase === 'copying') process.stderr.write(`Copying: ${progress.copyTable} (${progress.articlesExtracted} articles into the empty store)\n`);
                else if (percent > percentShown) process.stderr.write(`${progressLine(progress)}\n`);
                percentShown = percent;
                return;
              }
              if (!started) bar.start(filesTotal, 0, { phase: 'Loading', articles: '' });
              started = true;
              bar.update(filesDone, barPayload(progress));
            },
          });
          if (started) bar.stop();
          return reportLoad(summary);
        }),
      ),
    );
}

/** A progress line for logs and pipes (not a terminal). */
function progressLine({ phase, filesDone, filesTotal, articlesAdded, articlesExtracted }: LoadProgress): string {
  if (phase === 'extracting') return `Extracting: ${filesDone}/${filesTotal} files, ${articlesExtracted} articles, stored when extraction ends`;
  return `Loading: ${filesDone}/${filesTotal} files, ${articlesAdded} articles added`;
}

/** The progress bar's phase and article count. */
function barPayload({ phase, articlesAdded, articlesExtracted, copyTable }: LoadProgress): { phase: string; articles: string } {
  if (phase === 'extracting') return { phase: 'Extracting', articles: `${articlesExtracted} articles, stored at the end` };
  if (phase === 'copying') return { phase: 'Copying', articles: `COPY ${copyTable} (${articlesExtracted} articles)` };
  return { phase: 'Loading', articles: `${articlesAdded} articles` };
}
