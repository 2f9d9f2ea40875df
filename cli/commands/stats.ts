// `newsgraph stats`: counts of articles, entities and relations in the store.

import type { Command } from 'commander';
import type { StoreStats } from '../../core/model.js';
import { runAction, withStore } from '../run-command.js';

function formatStats(stats: StoreStats, store: string): string {
  const byType = Object.entries(stats.entitiesByType).map(([type, count]) => `${type} ${count}`).join(', ');
  const byPredicate = Object.entries(stats.relationsByPredicate).map(([name, count]) => `${name} ${count}`).join(', ');
  return [
    `store:     ${store}`,
    `articles:  ${stats.articles}`,
    `entities:  ${stats.entities}${byType ? `  (${byType})` : ''}`,
    `relations: ${stats.relations}${byPredicate ? `  (${byPredicate})` : ''}`,
    `mentions:  ${stats.mentions}`,
  ].join('\n');
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Print how many articles, entities and relations the store holds.')
    .option('--json', 'print JSON')
    .action(
      runAction(async (options: { json?: boolean }) =>
        withStore(async (store) => {
          const stats = await store.stats();
          process.stdout.write((options.json ? JSON.stringify(stats, null, 2) : formatStats(stats, store.kind)) + '\n');
        }),
      ),
    );
}
