// Reads files uploaded to the server (a name and its bytes) the way `newsgraph load` reads files from disk.

import { basename } from 'node:path';
import { tooLargeReason } from './file-checks.js';
import type { InputFailure } from './input-failure.js';
import type { RawArticle } from './raw-article.js';
import { readInputBytes } from './read-input-file.js';

/** One uploaded file: the name it had on the sender's machine, and its bytes. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads every uploaded file with the reader its extension names, under the same size limit, binary
 * check and decoding as files on disk. Only the base name is kept (an upload never names a path
 * here). Each article is labelled with its own input name (`stories.jsonl:3` for a JSON Lines line,
 * `stories.json#2` for an item of a JSON array), so that progress and failures point at it.
 */
export async function readUploadedFiles(files: UploadedFile[], limitMegabytes: number): Promise<{ articles: RawArticle[]; failures: InputFailure[] }> {
  const articles: RawArticle[] = [];
  const failures: InputFailure[] = [];
  for (const { name, bytes } of files) {
    const file = basename(name.replaceAll('\\', '/')) || 'upload';
    const tooLarge = tooLargeReason(bytes.byteLength, limitMegabytes);
    if (tooLarge) {
      failures.push({ file, reason: tooLarge });
      continue;
    }
    const read = await readInputBytes(file, bytes);
    failures.push(...read.failures);
    read.articles.forEach(({ line, ...article }, index) => {
      const label = line !== undefined ? `${file}:${line}` : read.articles.length > 1 ? `${file}#${index + 1}` : file;
      articles.push({ ...article, file: label });
    });
  }
  return { articles, failures };
}
