/**
 * The state of the three export buttons (deck, PDF summary, handout PDF): idle, running with progress, done with
 * the file, cancelled, or failed with the message to show. Pure transitions, so a late progress event for a job that
 * already finished cannot move a bar backwards, and each button only follows its own job.
 */
import type { ExportedFile, ExportKind } from '../../../main/contract.js';

export type ExportJob =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly jobId: string; readonly fraction: number; readonly phase: string }
  | { readonly state: 'done'; readonly file: ExportedFile }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly message: string };

export type ExportJobs = Readonly<Record<ExportKind, ExportJob>>;

export const EXPORT_KINDS: readonly ExportKind[] = ['pptx', 'summary-pdf', 'handout-pdf'];

export const idleJobs = (): ExportJobs => ({ pptx: { state: 'idle' }, 'summary-pdf': { state: 'idle' }, 'handout-pdf': { state: 'idle' } });

export const started = (jobs: ExportJobs, kind: ExportKind, jobId: string): ExportJobs => ({ ...jobs, [kind]: { state: 'running', jobId, fraction: 0, phase: 'start' } });

/** A progress event: applies only to the running job with that id, and never moves its bar backwards. */
export function progressed(jobs: ExportJobs, jobId: string, fraction: number, phase: string): ExportJobs {
  const kind = EXPORT_KINDS.find((candidate) => {
    const job = jobs[candidate];
    return job.state === 'running' && job.jobId === jobId;
  });
  if (!kind) return jobs;
  const job = jobs[kind];
  if (job.state !== 'running' || (fraction <= job.fraction && phase === job.phase)) return jobs;
  return { ...jobs, [kind]: { ...job, fraction: Math.max(job.fraction, Math.min(1, fraction)), phase } };
}

export function finished(jobs: ExportJobs, kind: ExportKind, jobId: string, file: ExportedFile | null): ExportJobs {
  const job = jobs[kind];
  if (job.state !== 'running' || job.jobId !== jobId) return jobs;
  return { ...jobs, [kind]: file ? { state: 'done', file } : { state: 'cancelled' } };
}

export function failed(jobs: ExportJobs, kind: ExportKind, jobId: string, message: string): ExportJobs {
  const job = jobs[kind];
  if (job.state !== 'running' || job.jobId !== jobId) return jobs;
  return { ...jobs, [kind]: { state: 'failed', message } };
}

export const isRunning = (jobs: ExportJobs, kind: ExportKind): boolean => jobs[kind].state === 'running';

/** "12.3 KB": file sizes in the result message, in the UI language's decimal style. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
