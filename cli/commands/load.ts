// `newsgraph load <paths…>`: read, extract and store articles, with a progress bar and a summary.

import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { parseWorkerCount } from '../../core/config.js';
import { loadPaths, type LoadSummary } from '../../loaders/load-into-store.js';
import { describeFailure } from '../../loaders/read/input-failure.js';
import { describeTally } from '../../loaders/read/input-tally.js';
import { runAction, withStore } from '../run-command.js';

/** Prints the summary of a load and its failures; returns the exit code. */
export function reportLoad(summary: LoadSummary, out: NodeJS.WritableStream = process.stdout): number {
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
    .option('--workers <n>', 'worker threads that read and extract files: auto (one per core) or a number (default: NEWSGRAPH_WORKERS)')
    .action(
      runAction(async (paths: string[], options: { progress: boolean; workers?: string }) =>
        withStore(async (store, config) => {
          const bar = new SingleBar(
            { format: 'Loading [{bar}] {value}/{total} files | {articles} articles | {eta_formatted} left', hideCursor: true, noTTYOutput: false },
            Presets.shades_classic,
          );
          // On a terminal a bar; elsewhere (logs, pipes) a plain line at each whole percent of the files.
          const showBar = options.progress && process.stderr.isTTY;
          let started = false;
          let percentShown = -1;
          const summary = await loadPaths(store, paths, {
            workers: options.workers === undefined ? config.workers : parseWorkerCount(options.workers, '--workers'),
            maxInputMegabytes: config.maxInputMegabytes,
            onProgress: ({ filesDone, filesTotal, articlesAdded }) => {
              if (!options.progress) return;
              if (!showBar) {
                const percent = Math.floor((100 * filesDone) / Math.max(filesTotal, 1));
                if (percent > percentShown) process.stderr.write(`Loading: ${filesDone}/${filesTotal} files, ${articlesAdded} articles added\n`);
                percentShown = percent;
                return;
              }
              if (!started) bar.start(filesTotal, 0, { articles: 0 });
              started = true;
              bar.update(filesDone, { articles: articlesAdded });
            },
          });
          if (started) bar.stop();
          return reportLoad(summary);
        }),
      ),
    );
}
