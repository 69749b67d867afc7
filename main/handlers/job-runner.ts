/** Doing a job: the same function runs inside the worker thread and, for tests, inline. */
import { InputError } from '../engine/errors.js';
import { openReport } from '../engine/input/open-report.js';
import type { ProgressSink } from '../engine/ports.js';
import type { Job, JobResults } from './jobs.js';

export async function runJob<J extends Job>(job: J, progress: ProgressSink): Promise<JobResults[J['type']]> {
  switch (job.type) {
    case 'import': {
      progress(0.05, 'import');
      const opened = await openReport(job.file);
      progress(1, 'import');
      return opened as JobResults[J['type']];
    }
    case 'export':
      throw new InputError({ message: 'exporting is not available yet (issue 4: planner and writers)', hint: 'See README.md for what works today' });
  }
}
