/**
 * Benchmark cases. Each file in bench/cases/ exports `cases: BenchCase[]`; `npm run bench` runs them all, takes the
 * median of several runs, and writes docs/performance.md and docs/performance.json. Benchmarks assert nothing.
 */
interface CommonCase {
  /**
   * Set when the case cannot run here (a peer tool that is not installed): the reason and how to install it.
   * The table shows it instead of a time; the case is never run.
   */
  readonly unavailable?: string;
  /** Name of a case in the same group to compare with: the table shows this case's median as a multiple of it. */
  readonly baseline?: string;
}

export interface InProcessCase extends CommonCase {
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

export interface ProcessCase extends CommonCase {
  readonly kind: 'process';
  readonly group: string;
  readonly name: string;
  /** argv; "node" means this Node binary. Runs from the repo root. */
  readonly command: readonly string[];
  /** Extra environment variables for the command. */
  readonly env?: Readonly<Record<string, string>>;
  readonly bytes?: number;
  readonly runs?: number;
  /** Optional goal shown beside the result, in milliseconds. */
  readonly goalMs?: number;
}

export type BenchCase = InProcessCase | ProcessCase;
