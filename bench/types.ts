/**
 * Benchmark cases. Each file in bench/cases/ exports `cases: BenchCase[]`; `npm run bench` runs them all, takes the
 * median of several runs, and writes docs/performance.md and docs/performance.json. Benchmarks assert nothing.
 */
export interface InProcessCase {
  readonly kind: 'in-process';
  /** Table group, e.g. "import", "build", "scale". */
  readonly group: string;
  readonly name: string;
  /** Bytes of input processed per run, to report throughput (MB/s) when set. */
  readonly bytes?: number;
  /** Called once before timing (load fonts, read files). */
  readonly setup?: () => Promise<void> | void;
  readonly run: () => Promise<unknown> | unknown;
  readonly runs?: number;
}

export interface ProcessCase {
  readonly kind: 'process';
  readonly group: string;
  readonly name: string;
  /** argv; "node" means this Node binary. Runs from the repo root. */
  readonly command: readonly string[];
  readonly bytes?: number;
  readonly runs?: number;
  /** Optional goal shown beside the result, in milliseconds. */
  readonly goalMs?: number;
}

export type BenchCase = InProcessCase | ProcessCase;
