/**
 * The heavy work — importing a report and writing a PPTX or PDF — as jobs that can run off the thread that
 * answers the UI. `runJob` (job-runner.ts) does the work; a Jobs implementation decides where: in a worker thread
 * (worker-jobs.ts, what Electron and `huibao serve` use) or inline (tests, and a fallback when no worker bundle exists).
 */
import type { ExportKind, HandoutOptions, SummaryOptions } from '../contract.js';
import type { InputFile, OpenedReport } from '../engine/input/open-report.js';
import type { ProgressSink } from '../engine/ports.js';
import type { Report } from '../engine/report/schema.js';
import type { Selection } from '../engine/selection/schema.js';

export interface ExportRequest {
  readonly kind: ExportKind;
  readonly report: Report;
  readonly sourceText?: string;
  readonly templateId: string;
  /** Where the user's own packs are, so the worker can load an edited pack the chosen id names. */
  readonly userDataDir?: string;
  readonly selection: Selection;
  readonly handout: HandoutOptions;
  readonly summary: SummaryOptions;
}

export type Job = { readonly type: 'import'; readonly file: InputFile } | { readonly type: 'export'; readonly request: ExportRequest };

export interface JobResults {
  readonly import: OpenedReport;
  readonly export: Uint8Array;
}

export interface Jobs {
  importReport(file: InputFile, progress: ProgressSink): Promise<OpenedReport>;
  exportFile(request: ExportRequest, progress: ProgressSink): Promise<Uint8Array>;
  /** Stop the worker (on quit); pending jobs fail. */
  close(): Promise<void>;
}
