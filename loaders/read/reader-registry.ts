// The one list of input formats, by file extension; new formats register here.

import { extname } from 'node:path';
import { htmlReader } from './html-reader.js';
import { jsonLinesReader } from './json-lines-reader.js';
import { jsonReader } from './json-reader.js';
import { markdownReader } from './markdown-reader.js';
import type { Reader } from './reader.js';
import { textReader } from './text-reader.js';

/** Every reader, in the order `--help` lists the formats. */
export const READERS: Reader[] = [textReader, markdownReader, htmlReader, jsonReader, jsonLinesReader];

/** Every extension some reader handles, e.g. ['.txt', '.md', …]. */
export const KNOWN_EXTENSIONS: string[] = READERS.flatMap((reader) => reader.extensions);

/** The reader for a file by its extension (any case), or null when no reader knows it. */
export function findReader(file: string): Reader | null {
  const extension = extname(file).toLowerCase();
  return READERS.find((reader) => reader.extensions.includes(extension)) ?? null;
}

/** Why a file with an unknown extension is skipped, listing the known ones. */
export function unsupportedReason(file: string): string {
  const extension = extname(file) || '(none)';
  return `unsupported file type ${extension}: expecting one of ${KNOWN_EXTENSIONS.join(', ')}`;
}
