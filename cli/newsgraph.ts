// The `newsgraph` command: load, extract, query, stats and serve.

import { Command } from 'commander';
import { registerExtract } from './commands/extract.js';
import { registerLoad } from './commands/load.js';
import { registerQuery } from './commands/query.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';

/** Every subcommand, registered in the order `--help` lists them. */
const COMMANDS = [registerLoad, registerExtract, registerQuery, registerStats, registerServe];

/** Builds the command-line program. */
function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('Turn news articles into an entity–relationship graph you can explore.\nSettings come from the environment; see the README.')
    .showHelpAfterError('(add --help for usage)');
  for (const register of COMMANDS) register(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
