// Counts, at the end of a run, the inputs that gave articles and the failures, for the summary line.

import type { InputFailure } from './input-failure.js';

/** How many inputs gave articles and how many failures there were, of the whole input or inside it. */
export interface InputTally {
  /** Files that gave at least one article. */
  files: number;
  /** Inputs (files, folders, links) that gave no article: every one has a failure. */
  filesFailed: number;
  /** Failures inside files that gave articles: bad JSON Lines lines, JSON array items, stories. */
  recordsFailed: number;
}

/** Tallies a run from the files its articles came from and its failures. */
export function tallyInputs(articleFiles: ReadonlySet<string>, failures: InputFailure[]): InputTally {
  return {
    files: articleFiles.size,
    filesFailed: new Set(failures.map((failure) => failure.file).filter((file) => !articleFiles.has(file))).size,
    recordsFailed: failures.filter((failure) => articleFiles.has(failure.file)).length,
  };
}

/** The tally in words: "2 file(s) read; 1 input(s) and 3 record(s) failed". */
export function describeTally(tally: InputTally): string {
  return `${tally.files} file(s) read; ${tally.filesFailed} input(s) and ${tally.recordsFailed} record(s) failed`;
}
