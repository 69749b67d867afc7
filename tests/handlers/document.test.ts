// No lost work: edits autosave to the project file, reopening restores them, a read-only folder falls back to
// the user-data folder, and a damaged project file falls back to its last good copy.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../main/engine/project/index.js';
import { SelectionSchema } from '../../main/engine/selection/schema.js';
import { harness, SAMPLE_JSON, tempDir } from './support/harness.js';

function reportCopy(): string {
  const file = path.join(tempDir('huibao-reports-'), '季度报告.report.json');
  copyFileSync(SAMPLE_JSON, file);
  return file;
}

const edits = SelectionSchema.parse({ preset: 'full', pillarOrder: ['p3'], excluded: ['p2'], pinned: ['p1-s1-m1'], metricEdits: { 'p1-s1-m1': { label: '党员人数' } } });

describe('document state and autosave', () => {
  it('saves edits beside the report and restores them on reopen', async () => {
    const file = reportCopy();
    const first = harness();
    const doc = await first.call('openPath', { path: file });
    const state = await first.call('updateDocument', { documentId: doc.id, selection: edits, templateId: 'plain' });
    expect(state).toEqual({ templateId: 'plain', selection: edits, revision: 1 });
    await first.ctx.autosave.flush();
    const saved = parseProject(readFileSync(`${file}.huibao.json`, 'utf8'), 'project');
    expect(saved).toMatchObject({ templateId: 'plain', selection: edits, report: { path: file, name: '季度报告.report.json' } });
    expect(first.captured.of('saved')).toEqual([expect.objectContaining({ documentId: doc.id, projectFile: `${file}.huibao.json` })]);

    // A new run of the app (fresh session, same user-data folder) opens the same report.
    const second = harness({ userDataDir: first.userDataDir });
    const reopened = await second.call('openPath', { path: file });
    expect(reopened.state).toEqual({ templateId: 'plain', selection: edits, revision: 0 });
    expect(reopened.notes).toEqual([{ code: 'restored', savedAt: saved.savedAt }]);
  });

  it('opens the report a project file stands for', async () => {
    const file = reportCopy();
    const first = harness();
    const doc = await first.call('openPath', { path: file });
    await first.call('updateDocument', { documentId: doc.id, selection: edits });
    await first.ctx.autosave.flush();
    const viaProject = await harness({ userDataDir: first.userDataDir }).call('openPath', { path: `${file}.huibao.json` });
    expect(viaProject.path).toBe(file);
    expect(viaProject.state.selection).toEqual(edits);
  });

  it('reconciles with a report that changed since: unknown ids dropped, the user told', async () => {
    const file = reportCopy();
    const first = harness();
    const doc = await first.call('openPath', { path: file });
    await first.call('updateDocument', { documentId: doc.id, selection: edits });
    await first.ctx.autosave.flush();
    const report = JSON.parse(readFileSync(file, 'utf8')) as { pillars: { id: string }[] };
    report.pillars = report.pillars.filter((p) => p.id !== 'p2');
    writeFileSync(file, JSON.stringify(report));
    const reopened = await harness({ userDataDir: first.userDataDir }).call('openPath', { path: file });
    expect(reopened.state.selection.excluded).toEqual([]);
    expect(reopened.state.selection.pillarOrder).toEqual(['p3']);
    expect(reopened.notes).toEqual([expect.objectContaining({ code: 'restored' }), { code: 'report-changed' }, { code: 'dropped-unknown', count: 1 }]);
  });

  it('falls back to the last good copy when the project file is truncated, keeping the damaged one', async () => {
    const file = reportCopy();
    const first = harness();
    const doc = await first.call('openPath', { path: file });
    await first.call('updateDocument', { documentId: doc.id, selection: edits });
    await first.ctx.autosave.flush();
    await first.call('updateDocument', { documentId: doc.id, selection: { ...edits, preset: 'onepage' } });
    await first.ctx.autosave.flush();
    const project = `${file}.huibao.json`;
    const text = readFileSync(project, 'utf8');
    writeFileSync(project, text.slice(0, text.length / 3));

    const reopened = await harness({ userDataDir: first.userDataDir }).call('openPath', { path: file });
    expect(reopened.notes).toContainEqual({ code: 'recovered-from-backup' });
    expect(reopened.state.selection).toEqual(edits); // the version before the last: what .bak held
    expect(readFileSync(`${project}.damaged`, 'utf8')).toBe(text.slice(0, text.length / 3));
  });

  it('says so when neither the project file nor its backup can be read, and starts fresh', async () => {
    const file = reportCopy();
    writeFileSync(`${file}.huibao.json`, '{"format":"huibao-project","ver');
    const doc = await harness().call('openPath', { path: file });
    expect(doc.notes).toEqual([{ code: 'project-unreadable', detail: expect.stringMatching(/damaged/) }]);
    expect(doc.state.selection).toEqual(SelectionSchema.parse({}));
  });

  it('saves in the user-data folder when the report folder refuses the write', async () => {
    const file = reportCopy();
    const h = harness();
    const doc = await h.call('openPath', { path: file });
    // A folder where the project file should be: the write fails even as root (chmod would not stop root).
    mkdirSync(`${file}.huibao.json`);
    await h.call('updateDocument', { documentId: doc.id, selection: edits });
    await h.ctx.autosave.flush();
    rmSync(`${file}.huibao.json`, { recursive: true });
    const saved = h.captured.of('saved').at(-1);
    expect(saved?.error).toBeUndefined();
    expect(saved?.projectFile?.startsWith(path.join(h.userDataDir, 'projects'))).toBe(true);
    expect((await harness({ userDataDir: h.userDataDir }).call('openPath', { path: file })).state.selection).toEqual(edits);
  });

  it('refuses updates for a document that is no longer open, and unknown templates', async () => {
    const h = harness();
    const doc = await h.call('openSample');
    await h.call('openSample');
    await expect(h.call('updateDocument', { documentId: doc.id, selection: edits })).rejects.toThrow(/no longer open/);
    const current = (await h.call('getDocument'))!;
    await expect(h.call('updateDocument', { documentId: current.id, templateId: 'nope' })).rejects.toThrow(/no template "nope"/);
    expect((await h.call('getDocument'))?.state.revision).toBe(0);
  });

  it('writes pending edits of the previous report before another one opens', async () => {
    const file = reportCopy();
    const h = harness();
    const doc = await h.call('openPath', { path: file });
    await h.call('updateDocument', { documentId: doc.id, selection: edits });
    await h.call('openSample');
    expect(parseProject(readFileSync(`${file}.huibao.json`, 'utf8'), 'p').selection).toEqual(edits);
  });
});
