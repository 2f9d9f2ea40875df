// Reads plain-text input: a pasted or saved page, left whole for the cleaner, with optional front matter.

import { frontMatterReason, readFrontMatter } from './front-matter.js';
import type { Reader, ReadResult } from './reader.js';

/** Reader for `.txt` files. */
export const textReader: Reader = {
  name: 'plain text',
  extensions: ['.txt', '.text'],
  read(content, file): ReadResult {
    try {
      const { body, ...facts } = readFrontMatter(content);
      return { articles: [{ file, ...facts, text: body }], failures: [] };
    } catch (error) {
      return { articles: [], failures: [{ file, reason: frontMatterReason(error) }] };
    }
  },
};
