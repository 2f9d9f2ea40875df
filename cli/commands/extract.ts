// `newsgraph extract [--json] <paths…|->`: print what the extractor finds, writing nothing.

import type { Command } from 'commander';
import { parseWorkerCount } from '../../core/config.js';
import type { ExtractedArticle } from '../../core/model.js';
import { extractPaths, extractStream, type InputFailure, type PipelineEvent } from '../../loaders/pipeline.js';
import { describeFailure } from '../../loaders/read/input-failure.js';
import { describeTally, tallyInputs } from '../../loaders/read/input-tally.js';
import { runAction } from '../run-command.js';

function describe(article: ExtractedArticle): string {
  const names = new Map(article.entities.map((entity) => [entity.id, entity.name]));
  const lines = [
    `# ${article.title || '(untitled)'}  [${article.id}]${article.parent ? `  (related to ${article.parent})` : ''}`,
    `  ${[article.source, article.publishedAt, article.author].filter(Boolean).join(' · ') || 'no source or date found'}`,
    `  entities (${article.entities.length}): ${article.entities.map((entity) => `${entity.name} [${entity.type}]`).join(', ')}`,
    `  relations (${article.relations.length}):`,
    ...article.relations.map(
      (relation) =>
        `    ${names.get(relation.subject)} —${relation.predicate}→ ${names.get(relation.object)}` +
        `${relation.negated ? ' (negated)' : ''}  "${relation.sentence.replace(/\s+/g, ' ').slice(0, 160)}"`,
    ),
  ];
  return lines.join('\n');
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract entities and relations from articles and print them; writes nothing. Use - to read JSON Lines from stdin.')
    .argument('<paths...>', 'files or folders, or - for JSON Lines {id, text, title?, publishedAt?, source?, url?} on stdin')
    .option('--json', 'print the extraction contract JSON ({ articles: [...] })')
    .option('--workers <n>', 'worker threads that read and extract files: auto (one per core) or a number (default: NEWSGRAPH_WORKERS)')
    .action(
      runAction(async (paths: string[], options: { json?: boolean; workers?: string }) => {
        const workers = options.workers === undefined ? undefined : parseWorkerCount(options.workers, '--workers');
        const events: AsyncGenerator<PipelineEvent> =
          paths.length === 1 && paths[0] === '-' ? extractStream(process.stdin) : extractPaths(paths, { workers });
        const articles: ExtractedArticle[] = [];
        const failures: InputFailure[] = [];
        const articleFiles = new Set<string>();
        let extracted = 0;
        for await (const event of events) {
          if (event.kind === 'failure') {
            failures.push(event.failure);
            continue;
          }
          extracted += 1;
          if (event.article.file) articleFiles.add(event.article.file);
          if (options.json) articles.push(event.article);
          else process.stdout.write(describe(event.article) + '\n\n');
        }
        if (options.json) process.stdout.write(JSON.stringify({ articles }, null, 2) + '\n');
        for (const failure of failures) process.stderr.write(`newsgraph: ${describeFailure(failure)}\n`);
        // The summary goes to standard error, so that standard output stays the contract JSON.
        process.stderr.write(`newsgraph: extracted ${extracted} article(s); ${describeTally(tallyInputs(articleFiles, failures))}.\n`);
        return failures.length ? 1 : 0;
      }),
    );
}
