#!/usr/bin/env node
// The installed `newsgraph` command: runs the compiled CLI (built by `npm run build`, which `npm install` runs).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/newsgraph.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('newsgraph: the CLI is not built yet. Run `npm run build` in the newsgraph folder first.\n');
  process.exit(1);
}
await import(entry.href);
