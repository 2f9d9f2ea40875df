// The shape of one part of `npm run bench`: a named section that measures and returns figures.

/** One measured figure, printed as a table row and written to docs/benchmarks.md. */
export interface BenchFigure {
  /** What was measured, e.g. "search p50". */
  name: string;
  /** The input it was measured on, with its size, e.g. "generated graph, 100,000 entities / 1,000,000 relationships". */
  input: string;
  value: number;
  /** Unit of `value`, e.g. "ms", "words/s", "MB". */
  unit: string;
  /** The target from the issue, when there is one, e.g. "< 50 ms". */
  target?: string;
  /** Whether the figure meets `target`; absent when there is no target. */
  met?: boolean;
  note?: string;
}

export interface BenchContext {
  /** `../shared` beside the repository when present (datasets live there), else null. */
  sharedDir: string | null;
  /** A scratch folder for databases and generated files, removed after the run. */
  workDir: string;
  /** Progress messages for the person running the bench (stderr). */
  log: (message: string) => void;
}

export interface BenchSection {
  /** Short name used on the command line (`npm run bench -- <name>`) and as the heading. */
  name: string;
  description: string;
  run: (context: BenchContext) => Promise<BenchFigure[]>;
}
