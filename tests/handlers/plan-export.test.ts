// Preview planning follows the document's current choices; exports write where the platform says, only files
// written this session may be shown in a folder, and template thumbnails use the open report.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportRequest, Jobs } from '../../main/handlers/jobs.js';
import { inlineJobs } from '../../main/handlers/worker-jobs.js';
import { suggestedName } from '../../main/handlers/export.js';
import { harness, tempDir } from './support/harness.js';

/** Export jobs that record what they were asked and answer with bytes derived from it. */
function recordingJobs(): Jobs & { requests: ExportRequest[] } {
  const requests: ExportRequest[] = [];
  return {
    ...inlineJobs(),
    requests,
    exportFile: async (request, progress) => {
      requests.push(request);
      progress(0.5, 'write');
      return new TextEncoder().encode(`${request.kind}:${request.templateId}:${request.selection.preset}`);
    },
  };
}

describe('planDeck', () => {
  it('plans from the current choices and says which revision it shows', async () => {
    const h = harness();
    const doc = await h.call('openSample');
    const before = await h.call('planDeck', { documentId: doc.id });
    expect(before.revision).toBe(0);
    expect(before.deck.slides.map((s) => s.id)).toContain('pillar:p2');
    await h.call('updateDocument', { documentId: doc.id, selection: { ...doc.state.selection, excluded: ['p2'], pillarOrder: ['p5'] } });
    const after = await h.call('planDeck', { documentId: doc.id });
    expect(after.revision).toBe(1);
    expect(after.deck.slides.map((s) => s.id)).not.toContain('pillar:p2');
    expect(after.deck.slides[1]?.id).toBe('pillar:p5');
  });

  it('sends images as data URLs that survive JSON', async () => {
    const h = harness();
    const doc = await h.call('openSample');
    const { deck } = await h.call('planDeck', { documentId: doc.id });
    const image = deck.slides[0]?.elements.find((e) => e.type === 'image');
    expect(image && 'src' in image ? image.src : '').toMatch(/^data:image\/png;base64,iVBOR/);
    expect(JSON.parse(JSON.stringify(deck))).toEqual(deck);
  });
});

describe('listTemplates', () => {
  it('lists packs with a title-slide thumbnail from the open report, or the sample when none is open', async () => {
    const h = harness();
    const withSample = await h.call('listTemplates');
    expect(withSample.map((t) => t.id)).toEqual(['gov-red', 'plain']);
    const titleOf = (slide: (typeof withSample)[number]['thumbnail']): string => {
      const text = slide?.elements.find((e) => e.type === 'text');
      return text && text.type === 'text' ? (text.paragraphs[0]?.lines[0]?.[0]?.text ?? '') : '';
    };
    const sampleTitle = titleOf(withSample[0]!.thumbnail);
    expect(sampleTitle.length).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync('assets/samples/baiyangba-2023-q1q3.report.json', 'utf8')) as { title: string };
    report.title = '我的周报';
    await h.call('openBytes', { name: 'mine.json', base64: Buffer.from(JSON.stringify(report)).toString('base64') });
    const mine = await h.call('listTemplates');
    expect(titleOf(mine[1]!.thumbnail)).toBe('我的周报');
    expect(mine[0]?.thumbnail?.background).toBe('C00000');
  });
});

describe('exportFile and showInFolder', () => {
  it('writes the bytes where the platform says, with progress, and returns where they went', async () => {
    const jobs = recordingJobs();
    const out = tempDir('huibao-export-');
    const h = harness({ jobs, platform: { exportTarget: async (name) => ({ path: path.join(out, name), downloadUrl: `/download/${name}` }) } });
    const doc = await h.call('openSample');
    await h.call('updateDocument', { documentId: doc.id, templateId: 'plain', selection: { ...doc.state.selection, preset: 'full' } });
    const result = await h.call('exportFile', { documentId: doc.id, kind: 'pptx', jobId: 'exp' });
    expect(result).toEqual({ path: path.join(out, 'baiyangba-2023-q1q3.report.pptx'), name: 'baiyangba-2023-q1q3.report.pptx', bytes: 15, downloadUrl: '/download/baiyangba-2023-q1q3.report.pptx' });
    expect(readFileSync(result!.path, 'utf8')).toBe('pptx:plain:full');
    expect(jobs.requests[0]?.handout).toEqual({ perPage: 2, notes: false });
    expect(h.captured.of('progress').filter((p) => p.jobId === 'exp').map((p) => p.phase)).toEqual(['build', 'write', 'write', 'done']);
  });

  it('returns null and writes nothing when the user cancels the save dialog', async () => {
    const jobs = recordingJobs();
    const h = harness({ jobs, platform: { exportTarget: async () => null } });
    const doc = await h.call('openSample');
    expect(await h.call('exportFile', { documentId: doc.id, kind: 'summary-pdf' })).toBeNull();
    expect(jobs.requests).toEqual([]);
  });

  it('turns an unwritable target into an input error naming it', async () => {
    const h = harness({ jobs: recordingJobs(), platform: { exportTarget: async () => ({ path: '/dev/null/sub/x.pptx', downloadUrl: null }) } });
    const doc = await h.call('openSample');
    await expect(h.call('exportFile', { documentId: doc.id, kind: 'pptx' })).rejects.toThrow(/cannot write/);
  });

  it('reveals only files this session exported, and only where revealing exists', async () => {
    const revealed: string[] = [];
    const out = tempDir('huibao-export-');
    const h = harness({ jobs: recordingJobs(), platform: { reveal: (file) => void revealed.push(file), exportTarget: async (name) => ({ path: path.join(out, name), downloadUrl: null }) } });
    const doc = await h.call('openSample');
    const exported = await h.call('exportFile', { documentId: doc.id, kind: 'handout-pdf', handout: { perPage: 4, notes: true } });
    expect(existsSync(exported!.path)).toBe(true);
    expect(await h.call('showInFolder', { path: exported!.path })).toBeNull();
    expect(revealed).toEqual([exported!.path]);
    await expect(h.call('showInFolder', { path: '/etc/passwd' })).rejects.toThrow(/only shows files it exported/);
    await expect(harness().call('showInFolder', { path: exported!.path })).rejects.toThrow(/only available in the desktop app/);
  });

  it('suggests file names from the report name in the UI language', () => {
    expect(suggestedName({ name: '白杨坝镇工作汇报.docx' }, 'summary-pdf', 'zh-CN')).toBe('白杨坝镇工作汇报-摘要.pdf');
    expect(suggestedName({ name: 'weekly.md' }, 'handout-pdf', 'en')).toBe('weekly-handout.pdf');
    expect(suggestedName({ name: 'a:b?.txt' }, 'pptx', 'en')).toBe('a_b_.pptx');
    expect(suggestedName({ name: '.txt' }, 'pptx', 'en')).toBe('huibao.pptx');
  });
});
