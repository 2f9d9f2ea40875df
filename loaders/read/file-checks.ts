// Checks made on an input path's metadata before it is opened: only regular files of a bounded size are read.

import type { Stats } from 'node:fs';

const MEBIBYTE = 1024 * 1024;

/** What a path that is not a regular file is, in words. */
function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a file or folder';
}

/**
 * Why a path is not read, or null when it is a regular file. Opening a named pipe would wait for a
 * writer for ever, so special files are refused from their metadata, never opened.
 */
export function notRegularFileReason(stats: Stats): string | null {
  if (stats.isFile()) return null;
  return `not a regular file (${specialKind(stats)}): newsgraph reads only files and folders of files`;
}

/** Why a file of `bytes` is not read under a limit of `limitMegabytes` MiB, or null when it fits. */
export function tooLargeReason(bytes: number, limitMegabytes: number): string | null {
  if (bytes <= limitMegabytes * MEBIBYTE) return null;
  return `too large (${(bytes / MEBIBYTE).toFixed(1)} MB > ${limitMegabytes} MB limit); split it or raise NEWSGRAPH_MAX_INPUT_MB`;
}
