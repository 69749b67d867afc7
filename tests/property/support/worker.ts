/**
 * Runs one fuzz property inside a worker thread so that the test can stop it: a predicate stuck in an endless loop
 * or a catastrophic regular expression blocks this thread, not the test runner. Before each input it tells the
 * parent what the input is, so a hang is reported with the input that caused it.
 */
import fc from 'fast-check';
import { parentPort, workerData } from 'node:worker_threads';
import type { FuzzProperty } from './fuzz.js';

export interface WorkerJob {
  readonly entry: string;
  readonly moduleUrl: string;
  readonly name: string;
  readonly seed: number;
  readonly numRuns: number;
  readonly timeLimitMs: number;
}

export type WorkerMessage =
  | { readonly type: 'input'; readonly run: number; readonly text: string }
  | { readonly type: 'done'; readonly failed: boolean; readonly interrupted: boolean; readonly numRuns: number; readonly counterexample?: string; readonly error?: string };

const job = workerData as WorkerJob;
const post = (message: WorkerMessage): void => parentPort!.postMessage(message);
const show = (value: unknown): string => {
  const text = fc.stringify(value);
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text;
};

const { properties } = (await import(job.moduleUrl)) as { properties: Record<string, FuzzProperty> };
const target = properties[job.name];
if (!target) throw new Error(`no property "${job.name}" in ${job.moduleUrl}`);

let run = 0;
const property = fc.asyncProperty(target.arbitrary, async (value) => {
  post({ type: 'input', run: run++, text: show(value) });
  const verdict = await target.check(value);
  if (verdict === false) throw new Error('the check returned false');
});
const details = await fc.check(property, { seed: job.seed, numRuns: job.numRuns, plugins: [fc.interruptAfterTimeLimit(job.timeLimitMs)] });
post({
  type: 'done',
  failed: details.failed,
  interrupted: details.interrupted,
  numRuns: details.numRuns,
  ...(details.failed ? { counterexample: show(details.counterexample), error: details.errorInstance instanceof Error ? `${details.errorInstance.name}: ${details.errorInstance.message}` : String(details.errorInstance) } : {}),
});
