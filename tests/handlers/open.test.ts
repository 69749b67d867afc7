// Opening reports by path, by bytes and the sample; the startup open; and a slow open that a newer one overtakes.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Jobs } from '../../main/handlers/jobs.js';
import { openAtStartup } from '../../main/handlers/open.js';
import { inlineJobs } from '../../main/handlers/worker-jobs.js';
import { harness, SAMPLE_JSON, tempDir, WireFailure } from './support/harness.js';

function copyOfSample(name = 'q3.report.json'): string {
  const file = path.join(tempDir('huibao-reports-'), name);
  copyFileSync(SAMPLE_JSON, file);
  return file;
}

describe('opening reports', () => {
  it('opens a report by absolute path with default choices and remembers it', async () => {
    const h = harness();
    const file = copyOfSample();
    const doc = await h.call('openPath', { path: file, jobId: 'open-1' });
    expect(doc.name).toBe('q3.report.json');
    expect(doc.path).toBe(file);
    expect(doc.report.pillars).toHaveLength(6);
    expect(doc.state).toMatchObject({ templateId: 'gov-red', revision: 0, selection: { preset: 'brief', excluded: [] } });
    expect(doc.notes).toEqual([]);
    expect(doc.projectFile).toBe(`${file}.huibao.json`);
    expect(await h.call('getDocument')).toEqual(doc);
    const recent = await h.call('listRecent');
    expect(recent.map((r) => r.path)).toEqual([file]);
    expect(recent[0]?.exists).toBe(true);
    const progress = h.captured.of('progress');
    expect(progress[0]).toEqual({ jobId: 'open-1', fraction: 0, phase: 'import' });
    expect(progress.at(-1)).toEqual({ jobId: 'open-1', fraction: 1, phase: 'done' });
  });

  it('refuses a relative path, which would depend on the process folder', async () => {
    const h = harness();
    await expect(h.call('openPath', { path: 'assets/samples/baiyangba-2023-q1q3.report.json' })).rejects.toThrow(/not an absolute path/);
  });

  it('opens bytes from a browser upload, keeping only the base name', async () => {
    const h = harness();
    const base64 = readFileSync(SAMPLE_JSON).toString('base64');
    const doc = await h.call('openBytes', { name: '..\\..\\secret/周报.json', base64 });
    expect(doc.name).toBe('周报.json');
    expect(doc.path).toBeNull();
    expect(doc.projectFile?.startsWith(path.join(h.userDataDir, 'projects'))).toBe(true);
    expect(await h.call('listRecent')).toEqual([]);
  });

  it('reports a broken upload as an input error naming it', async () => {
    const h = harness();
    const error = await h.call('openBytes', { name: 'bad.json', base64: Buffer.from('{"title": 1}').toString('base64') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WireFailure);
    expect((error as WireFailure).wire).toMatchObject({ kind: 'input', file: 'bad.json' });
  });

  it('opens the bundled sample and keeps its project in the user-data folder, not beside the sample', async () => {
    const h = harness();
    const doc = await h.call('openSample');
    expect(doc.report.title).toBeTruthy();
    expect(doc.projectFile?.startsWith(h.userDataDir)).toBe(true);
    expect(await h.call('listRecent')).toEqual([]);
    const byPath = await h.call('openPath', { path: SAMPLE_JSON });
    expect(byPath.projectFile).toBe(doc.projectFile);
  });

  it('hands a failed startup open to the first getDocument, then forgets it', async () => {
    const h = harness();
    void openAtStartup(h.ctx, '/no/such/weekly.docx');
    await expect(h.call('getDocument')).rejects.toThrow(/cannot read: file not found/);
    expect(await h.call('getDocument')).toBeNull();
    const file = copyOfSample();
    void openAtStartup(h.ctx, file);
    expect((await h.call('getDocument'))?.path).toBe(file);
  });

  it('lets the newest open win when an older one finishes later', async () => {
    let releaseSlow: () => void = () => undefined;
    const base = inlineJobs();
    const jobs: Jobs = {
      ...base,
      importReport: async (file, progress) => {
        if (file.name.endsWith('slow.report.json')) await new Promise<void>((resolve) => (releaseSlow = resolve));
        return base.importReport(file, progress);
      },
    };
    const h = harness({ jobs });
    const slow = h.call('openPath', { path: copyOfSample('slow.report.json') });
    const fast = await h.call('openPath', { path: copyOfSample('fast.report.json') });
    releaseSlow();
    await expect(slow).rejects.toThrow(/another report was opened meanwhile/);
    expect((await h.call('getDocument'))?.id).toBe(fast.id);
  });

  it('refuses the native dialog where there is none, and opens what the dialog returns', async () => {
    expect(await harness().raw('openDialog', {})).toMatchObject({ ok: false, error: { kind: 'input', message: /no native open dialog/ } });
    const file = copyOfSample();
    const withDialog = harness({ platform: { chooseReport: async () => file } });
    expect((await withDialog.call('openDialog', {}))?.path).toBe(file);
    const cancelled = harness({ platform: { chooseReport: async () => null } });
    expect(await cancelled.call('openDialog', {})).toBeNull();
  });

  it('remembers recent files newest first without duplicates', async () => {
    const h = harness();
    const a = copyOfSample('a.report.json');
    const b = copyOfSample('b.report.json');
    await h.call('openPath', { path: a });
    await h.call('openPath', { path: b });
    await h.call('openPath', { path: a });
    expect((await h.call('listRecent')).map((r) => r.name)).toEqual(['a.report.json', 'b.report.json']);
  });
});
