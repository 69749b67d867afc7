/** Doing a job: the same function runs inside the worker thread and, for tests, inline. */
import { openReport } from '../engine/input/open-report.js';
import type { ProgressSink } from '../engine/ports.js';
import { exportBytes } from './export-job.js';
import type { Job, JobResults } from './jobs.js';
import { createNodeEngine, type NodeEngine } from './node-engine.js';

// One per thread (and user-data folder, in practice one): packs and font metrics are loaded on the first export and kept.
const engines = new Map<string, NodeEngine>();

function engineFor(userDataDir: string | undefined): NodeEngine {
  let engine = engines.get(userDataDir ?? '');
  if (!engine) {
    engine = createNodeEngine((what, error) => process.stderr.write(`huibao: ${what}: ${String(error)}\n`), userDataDir === undefined ? {} : { userDataDir });
    engines.set(userDataDir ?? '', engine);
  }
  return engine;
}

export async function runJob<J extends Job>(job: J, progress: ProgressSink): Promise<JobResults[J['type']]> {
  switch (job.type) {
    case 'import': {
      progress(0.05, 'import');
      const opened = await openReport(job.file);
      progress(1, 'import');
      return opened as JobResults[J['type']];
    }
    case 'export': {
      const bytes = await exportBytes(engineFor(job.request.userDataDir), job.request, progress);
      progress(1, 'write');
      return bytes as JobResults[J['type']];
    }
  }
}
