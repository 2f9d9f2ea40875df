// A problem with one input, reported as a value so that the other inputs still load.

import type { RawArticle } from './raw-article.js';

/** Why one input (or one line of it) could not be read. */
export interface InputFailure {
  file: string;
  /** 1-based line of a JSON Lines record, when the problem is in one line. */
  line?: number;
  reason: string;
}

/** True for a failure rather than an article. */
export function isInputFailure(value: RawArticle | InputFailure): value is InputFailure {
  return 'reason' in value;
}
