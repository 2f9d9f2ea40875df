// Finds the input files under the paths a user gave: folders walked recursively, in sorted order.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFailure } from './input-failure.js';
import { findReader, KNOWN_EXTENSIONS, unsupportedReason } from './reader-registry.js';

/** One step of the walk: a file to read, or a path that cannot be read. */
export type InputEntry = { kind: 'file'; file: string } | { kind: 'failure'; failure: InputFailure };

/** Why a path could not be looked at. */
function statFailure(path: string, error: unknown): InputFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { file: path, reason: 'no such file or folder' };
  return { file: path, reason: `cannot open it (${(error as Error).message})` };
}

/** Whether `path` is a folder, or the failure to tell. */
async function isFolderAt(path: string): Promise<boolean | InputFailure> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    return statFailure(path, error);
  }
}

/** The files under a folder, depth first, names sorted, hidden files and folders left out. */
async function* walkFolder(folder: string): AsyncGenerator<InputEntry> {
  const names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    const path = join(folder, name);
    const isFolder = await isFolderAt(path);
    if (typeof isFolder !== 'boolean') yield { kind: 'failure', failure: isFolder };
    else if (isFolder) yield* walkFolder(path);
    else if (findReader(path)) yield { kind: 'file', file: path };
    else yield { kind: 'failure', failure: { file: path, reason: `skipped: ${unsupportedReason(path)}` } };
  }
}

/**
 * Walks the given paths in order and yields each input file, or a failure for a missing path, an
 * unsupported file, or a folder with nothing readable in it.
 */
export async function* walkInputs(paths: string[]): AsyncGenerator<InputEntry> {
  for (const path of paths) {
    const isFolder = await isFolderAt(path);
    if (typeof isFolder !== 'boolean') {
      yield { kind: 'failure', failure: isFolder };
      continue;
    }
    if (!isFolder) {
      yield findReader(path)
        ? { kind: 'file', file: path }
        : { kind: 'failure', failure: { file: path, reason: unsupportedReason(path) } };
      continue;
    }
    let found = 0;
    for await (const entry of walkFolder(path)) {
      if (entry.kind === 'file') found += 1;
      yield entry;
    }
    if (found === 0) {
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
