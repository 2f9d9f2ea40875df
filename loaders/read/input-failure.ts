// A problem with one input, reported as a value so that the other inputs still load.

import type { RawArticle } from './raw-article.js';

/** Why one input (or one line of it) could not be read. */
export interface InputFailure {
  file: string;
  /** 1-based line of a JSON Lines record, when the problem is in one line. */
  line?: number;
  /** 0-based index of an item of a JSON array, when the problem is in one item. */
  index?: number;
  reason: string;
}

/** True for a failure rather than an article. */
export function isInputFailure(value: RawArticle | InputFailure): value is InputFailure {
  return 'reason' in value;
}

/**
 * One line naming the input (and line) and the reason: "folder/a.txt:3: reason". Control characters
 * in a file name (a newline, an escape) are shown escaped, so a name can neither break the line nor
 * drive the terminal.
 */
export function describeFailure(failure: InputFailure): string {
  const file = failure.file.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${failure.line ? `${file}:${failure.line}` : file}: ${failure.reason}`;
}
