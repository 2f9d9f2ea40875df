// Reads one input file with the reader its extension names; every problem comes back as a value.

import { readFile } from 'node:fs/promises';
import { findReader, unsupportedReason } from './reader-registry.js';
import type { ReadResult } from './reader.js';

/** Reads one file into raw articles. Never throws: unreadable, empty or malformed input is a failure. */
export async function readInputFile(file: string): Promise<ReadResult> {
  const reader = findReader(file);
  if (!reader) return { articles: [], failures: [{ file, reason: unsupportedReason(file) }] };
  let content: string;
  try {
    content = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return { articles: [], failures: [{ file, reason: `cannot read it (${(error as Error).message})` }] };
  }
  if (!content.trim()) return { articles: [], failures: [{ file, reason: 'the file is empty (nothing but whitespace): nothing to read' }] };
  try {
    return await reader.read(content, file);
  } catch (error) {
    return { articles: [], failures: [{ file, reason: `cannot read it as ${reader.name} (${(error as Error).message})` }] };
  }
}
