// Finds the input files under the paths a user gave: folders walked recursively, in sorted order,
// symbolic links followed once (real paths are tracked, so a link back up the tree ends the walk).

import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { notRegularFileReason } from './file-checks.js';
import type { InputFailure } from './input-failure.js';
import { findReader, KNOWN_EXTENSIONS, unsupportedReason } from './reader-registry.js';

/** One step of the walk: a file to read, or a path that cannot be read. */
export type InputEntry = { kind: 'file'; file: string } | { kind: 'failure'; failure: InputFailure };

/** Why a path could not be looked at; a broken or looping symbolic link is named as such. */
async function statFailure(path: string, error: unknown): Promise<InputFailure> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return { file: path, reason: 'a symbolic link that loops back to itself: nothing to read' };
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const link = await lstat(path).catch(() => null);
    if (link?.isSymbolicLink()) {
      const target = await readlink(path).catch(() => '?');
      return { file: path, reason: `a broken symbolic link: its target ${target} does not exist` };
    }
    return { file: path, reason: 'no such file or folder' };
  }
  return { file: path, reason: `cannot open it (${(error as Error).message})` };
}

/** The metadata of `path` (symbolic links followed), or the failure to get it. */
async function statOf(path: string): Promise<Stats | InputFailure> {
  try {
    return await stat(path);
  } catch (error) {
    return statFailure(path, error);
  }
}

/** What one path is: a folder to walk, a file to read, or a failure. Real paths already seen are failures. */
async function* visit(path: string, seen: Set<string>, inFolder: boolean): AsyncGenerator<InputEntry> {
  const stats = await statOf(path);
  if (!('isDirectory' in stats)) {
    yield { kind: 'failure', failure: stats };
    return;
  }
  if (stats.isDirectory()) {
    const real = await realpath(path);
    if (seen.has(real)) {
      yield { kind: 'failure', failure: { file: path, reason: `skipped: the folder ${real} is already being read (a symbolic link loops back to it)` } };
      return;
    }
    seen.add(real);
    yield* walkFolder(path, seen);
    return;
  }
  const special = notRegularFileReason(stats);
  if (special) yield { kind: 'failure', failure: { file: path, reason: special } };
  else if (!findReader(path)) yield { kind: 'failure', failure: { file: path, reason: inFolder ? `skipped: ${unsupportedReason(path)}` : unsupportedReason(path) } };
  else {
    const real = await realpath(path);
    // The same file reached twice (through a link) is read once, without complaint.
    if (!seen.has(real)) yield { kind: 'file', file: path };
    seen.add(real);
  }
}

/** The files under a folder, depth first, names sorted, hidden files and folders left out. */
async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<InputEntry> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    yield { kind: 'failure', failure: { file: folder, reason: `cannot list the folder (${(error as Error).message})` } };
    return;
  }
  for (const name of names) yield* visit(join(folder, name), seen, true);
}

/**
 * Walks the given paths in order and yields each input file, or a failure for a missing path, a
 * broken or looping symbolic link, a special file (a named pipe), an unsupported file, or a folder
 * with nothing readable in it. Never opens a file, so it never blocks on a named pipe.
 */
export async function* walkInputs(paths: string[]): AsyncGenerator<InputEntry> {
  const seen = new Set<string>();
  for (const path of paths) {
    const stats = await statOf(path);
    // A folder given twice (or inside one given before) is reported once, as already being read.
    const freshFolder = 'isDirectory' in stats && stats.isDirectory() && !seen.has(await realpath(path));
    let found = 0;
    for await (const entry of visit(path, seen, false)) {
      if (entry.kind === 'file') found += 1;
      yield entry;
    }
    if (freshFolder && found === 0) {
      yield { kind: 'failure', failure: { file: path, reason: `the folder holds no readable files (expecting ${KNOWN_EXTENSIONS.join(', ')})` } };
    }
  }
}

/** Counts the input files (for a progress bar total). */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; failures: InputFailure[] }> {
  const files: string[] = [];
  const failures: InputFailure[] = [];
  for await (const entry of walkInputs(paths)) {
    if (entry.kind === 'file') files.push(entry.file);
    else failures.push(entry.failure);
  }
  return { files, failures };
}
