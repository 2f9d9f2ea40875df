// Finds the project's root folder (the one holding package.json), from source or from dist/.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of newsgraph's package.json, found by walking up from this file. */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('packageRoot: no package.json above ' + fileURLToPath(import.meta.url));
    folder = parent;
  }
  return folder;
}
