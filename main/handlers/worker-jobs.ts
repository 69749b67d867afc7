/**
 * Jobs run in a worker thread, so a long import or a big export never stalls the thread that answers the window.
 * The worker starts on first use and is restarted after a crash (the jobs in flight fail with a clear error).
 */
import { Worker } from 'node:worker_threads';
import type { ProgressSink } from '../engine/ports.js';
import { runJob } from './job-runner.js';
import type { Job, JobResults, Jobs } from './jobs.js';
import { rebuildError, type JobMessage } from './worker-protocol.js';

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly progress: ProgressSink;
}

export function workerJobs(workerFile: string): Jobs {
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let nextId = 1;

  const failAll = (error: Error): void => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const started = new Worker(workerFile);
    started.on('message', (message: JobMessage) => {
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === 'progress') return job.progress(message.fraction, message.phase);
      pending.delete(message.id);
      if (message.type === 'done') job.resolve(message.result);
      else job.reject(rebuildError(message.error));
    });
    started.on('error', (error) => failAll(new Error(`the job worker failed: ${error.message}`, { cause: error })));
    started.on('exit', (code) => {
      if (worker === started) failAll(new Error(`the job worker stopped (exit code ${code})`));
    });
    // An idle worker must not keep `huibao serve` alive after SIGINT.
    started.unref();
    return started;
  };
  const run = <J extends Job>(job: J, progress: ProgressSink): Promise<JobResults[J['type']]> =>
    new Promise((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, progress });
      worker.ref();
      worker.postMessage({ id, job });
    }).finally(() => {
      if (pending.size === 0) worker?.unref();
    }) as Promise<JobResults[J['type']]>;

  return {
    importReport: (file, progress) => run({ type: 'import', file }, progress),
    exportFile: (request, progress) => run({ type: 'export', request }, progress),
    close: async () => {
      const stopping = worker;
      worker = undefined;
      failAll(new Error('Huibao is closing'));
      await stopping?.terminate();
    },
  };
}

/** The same jobs on the calling thread: for tests, and when no worker bundle was built (running from source). */
export function inlineJobs(): Jobs {
  return {
    importReport: (file, progress) => runJob({ type: 'import', file }, progress),
    exportFile: (request, progress) => runJob({ type: 'export', request }, progress),
    close: async () => undefined,
  };
}
