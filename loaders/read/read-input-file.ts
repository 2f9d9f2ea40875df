// Reads one input file with the reader its extension names; every problem comes back as a value.

import { readFile, stat } from 'node:fs/promises';
import { maxInputMegabytes } from '../../core/config.js';
import { binaryKind } from './binary-kind.js';
import { byteOrderMark, decodeText } from './decode-text.js';
import { notRegularFileReason, tooLargeReason } from './file-checks.js';
import { findReader, KNOWN_EXTENSIONS, unsupportedReason } from './reader-registry.js';
import type { ReadResult } from './reader.js';

export interface ReadOptions {
  /** Largest file read, in MiB. Default: NEWSGRAPH_MAX_INPUT_MB. */
  maxInputMegabytes?: number;
}

/** Bytes of a file that fits the limit, or the reason it is not read. */
async function readBytes(file: string, limitMegabytes: number): Promise<Buffer | string> {
  try {
    const stats = await stat(file);
    const refused = notRegularFileReason(stats) ?? tooLargeReason(stats.size, limitMegabytes);
    return refused ?? (await readFile(file));
  } catch (error) {
    return `cannot read it (${(error as Error).message})`;
  }
}

/**
 * Reads one file into raw articles. Never throws: a special file (a named pipe, a device), a file
 * over the size limit, a binary file (by its bytes, whatever its name), an empty file or malformed
 * content is a failure naming the file and the reason. Text is decoded as UTF-8, UTF-16 with a byte
 * order mark, or Windows-1252 (see decode-text.ts).
 */
export async function readInputFile(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const fail = (reason: string): ReadResult => ({ articles: [], failures: [{ file, reason }] });
  const reader = findReader(file);
  if (!reader) return fail(unsupportedReason(file));
  const bytes = await readBytes(file, options.maxInputMegabytes ?? maxInputMegabytes());
  if (typeof bytes === 'string') return fail(bytes);
  return readInputBytes(file, bytes);
}

/**
 * Reads the bytes of a file named `file` (read from disk, or uploaded) with the reader its extension
 * names. Never throws: binary data, empty text or malformed content is a failure naming the file.
 */
export async function readInputBytes(file: string, bytes: Uint8Array): Promise<ReadResult> {
  const fail = (reason: string): ReadResult => ({ articles: [], failures: [{ file, reason }] });
  const reader = findReader(file);
  if (!reader) return fail(unsupportedReason(file));
  const binary = byteOrderMark(bytes) ? null : await binaryKind(bytes);
  if (binary) return fail(`looks like ${binary}, not text: newsgraph reads text articles (${KNOWN_EXTENSIONS.join(', ')}); convert it to text first`);
  const { text } = decodeText(bytes);
  if (!text.trim()) return fail('the file is empty (nothing but whitespace): nothing to read');
  try {
    return await reader.read(text, file);
  } catch (error) {
    return fail(`cannot read it as ${reader.name} (${(error as Error).message})`);
  }
}
