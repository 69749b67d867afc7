/**
 * Runs fuzz properties with a fixed seed, a bounded number of runs and a time budget, each in a worker thread the
 * test can terminate. Outcomes:
 *   holds          every input gave a result or a clean error within the budget
 *   counterexample fast-check found (and shrank) an input the property fails on
 *   hang           one input ran longer than `hangMs`; the worker was stopped and the input is reported
 *
 * Reproduce or widen a run locally: HUIBAO_FUZZ_SEED=123 HUIBAO_FUZZ_RUNS=10 npx vitest run tests/property
 * (HUIBAO_FUZZ_RUNS multiplies every property's number of runs; CI uses the fixed defaults).
 */
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage } from './worker.js';

/** One fixed seed for every property, so CI runs are reproducible; change it only on purpose. */
export const FUZZ_SEED = Number(process.env['HUIBAO_FUZZ_SEED'] ?? 20_231_012);
const RUNS_FACTOR = Number(process.env['HUIBAO_FUZZ_RUNS'] ?? 1);

export interface Budget {
  /** Inputs to try (before HUIBAO_FUZZ_RUNS). */
  readonly numRuns?: number;
  /** fast-check stops starting new runs after this long; what ran so far counts. */
  readonly timeLimitMs?: number;
  /** One input taking longer than this is a hang. Generous: these machines are shared and slow. */
  readonly hangMs?: number;
  /** Fewer completed runs than this means the property was not really exercised: a failure, not a pass. */
  readonly minRuns?: number;
}

export type Outcome =
  | { readonly kind: 'holds'; readonly numRuns: number; readonly interrupted: boolean }
  | { readonly kind: 'counterexample'; readonly numRuns: number; readonly counterexample: string; readonly error: string }
  | { readonly kind: 'hang'; readonly run: number; readonly input: string; readonly afterMs: number };

const workerEntry = new URL('./worker-bootstrap.mjs', import.meta.url);
const workerScript = new URL('./worker.ts', import.meta.url).href;

/** Run property `name` of the module at `moduleUrl` (pass `new URL('./x.properties.ts', import.meta.url)`). */
export function runProperty(moduleUrl: URL, name: string, budget: Budget = {}): Promise<Outcome> {
  const job: WorkerJob = {
    entry: workerScript,
    moduleUrl: moduleUrl.href,
    name,
    seed: FUZZ_SEED,
    numRuns: Math.max(1, Math.round((budget.numRuns ?? 200) * RUNS_FACTOR)),
    timeLimitMs: budget.timeLimitMs ?? 10_000,
  };
  const hangMs = budget.hangMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    let last: { run: number; text: string; at: number } = { run: -1, text: '(start-up: loading the module)', at: Date.now() };
    let settled = false;
    const finish = (outcome: Outcome | Error): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    // Start-up (tsx compiling the engine) gets the same allowance as one input.
    const watchdog = setInterval(() => {
      const afterMs = Date.now() - last.at;
      if (afterMs > hangMs) finish({ kind: 'hang', run: last.run, input: last.text, afterMs });
    }, 100);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'input') last = { run: message.run, text: message.text, at: Date.now() };
      else if (message.failed && message.counterexample !== undefined) finish({ kind: 'counterexample', numRuns: message.numRuns, counterexample: message.counterexample, error: message.error ?? '' });
      else if (message.failed) finish(new Error(`property ${name}: fast-check failed without a counterexample`));
      else finish({ kind: 'holds', numRuns: message.numRuns, interrupted: message.interrupted });
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(new Error(`property ${name}: worker exited (${code}) before reporting`)));
  });
}

/** Assert the property holds, with a message that gives the failing input and how to replay it. */
export async function expectHolds(moduleUrl: URL, name: string, budget: Budget = {}): Promise<Extract<Outcome, { kind: 'holds' }>> {
  const outcome = await runProperty(moduleUrl, name, budget);
  const replay = `(seed ${FUZZ_SEED}; replay with HUIBAO_FUZZ_SEED=${FUZZ_SEED})`;
  if (outcome.kind === 'counterexample') throw new Error(`property "${name}" fails on ${outcome.counterexample}\n  ${outcome.error}\n  ${replay}`);
  if (outcome.kind === 'hang') throw new Error(`property "${name}" hung for ${outcome.afterMs} ms on input #${outcome.run}: ${outcome.input} ${replay}`);
  const minRuns = budget.minRuns ?? 25;
  if (outcome.numRuns < minRuns) throw new Error(`property "${name}" ran only ${outcome.numRuns} inputs within its time budget (at least ${minRuns} needed)`);
  return outcome;
}
