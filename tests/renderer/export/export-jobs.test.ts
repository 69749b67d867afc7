/** Export job transitions: progress only forward, late answers ignored, one row per kind. */
import { describe, expect, it } from 'vitest';
import { failed, finished, formatBytes, idleJobs, isRunning, progressed, started } from '../../../renderer/src/export/export-jobs.js';

const file = { path: '/out/a.pptx', name: 'a.pptx', bytes: 2048, downloadUrl: null };

describe('export jobs', () => {
  it('runs a job from start through progress to done', () => {
    let jobs = started(idleJobs(), 'pptx', 'j1');
    expect(isRunning(jobs, 'pptx')).toBe(true);
    jobs = progressed(jobs, 'j1', 0.5, 'build');
    expect(jobs.pptx).toMatchObject({ state: 'running', fraction: 0.5, phase: 'build' });
    jobs = finished(jobs, 'pptx', 'j1', file);
    expect(jobs.pptx).toEqual({ state: 'done', file });
    expect(jobs['summary-pdf']).toEqual({ state: 'idle' });
  });

  it('never moves a bar backwards and ignores other jobs’ events', () => {
    let jobs = progressed(started(idleJobs(), 'handout-pdf', 'j2'), 'j2', 0.7, 'build');
    expect(progressed(jobs, 'j2', 0.3, 'build')).toBe(jobs);
    jobs = progressed(jobs, 'j2', 0.3, 'write');
    expect(jobs['handout-pdf']).toMatchObject({ fraction: 0.7, phase: 'write' });
    expect(progressed(jobs, 'other', 0.9, 'build')).toBe(jobs);
  });

  it('ignores a late answer for a job that is no longer running', () => {
    const done = finished(started(idleJobs(), 'pptx', 'j1'), 'pptx', 'j1', file);
    expect(failed(done, 'pptx', 'j1', 'late')).toBe(done);
    const again = started(done, 'pptx', 'j3');
    expect(finished(again, 'pptx', 'j1', file)).toBe(again);
  });

  it('records cancel and failure', () => {
    expect(finished(started(idleJobs(), 'pptx', 'j'), 'pptx', 'j', null).pptx).toEqual({ state: 'cancelled' });
    expect(failed(started(idleJobs(), 'pptx', 'j'), 'pptx', 'j', 'disk full').pptx).toEqual({ state: 'failed', message: 'disk full' });
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});
