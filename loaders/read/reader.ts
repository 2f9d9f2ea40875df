// The shape every input format's reader has, and what reading one input gives back.

import type { InputFailure } from './input-failure.js';
import type { RawArticle } from './raw-article.js';

/** What reading one input gave: its articles, and the problems with parts of it. */
export interface ReadResult {
  articles: RawArticle[];
  failures: InputFailure[];
}

/** Reads one input format. `read` gets the whole file's text and never throws for bad content. */
export interface Reader {
  name: string;
  /** Lower-case file extensions with the dot: ['.html', '.htm']. */
  extensions: string[];
  read(content: string, file: string): ReadResult | Promise<ReadResult>;
}
