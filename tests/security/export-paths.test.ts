/**
 * Exports never land on the report they were made from. ("Show in folder" revealing only this session's exports is
 * tested with the handlers, tests/handlers/plan-export.test.ts.) In the app the save dialog decides the path (main/app/dialogs.ts chooseSavePath): whatever the user picks there —
 * the report itself included — the path returned ends in .pptx or .pdf, which no report is. Under `huibao serve` the
 * name is built by suggestedName (fuzzed in tests/property/paths.property.test.ts). The deliberately broken case: a
 * chooser that returns the picked path as it is must be caught writing over the report.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

let picked: { canceled: boolean; filePath?: string } = { canceled: true };
vi.mock('electron', () => ({
  app: { getPath: () => '/home/user/Documents' },
  dialog: { showSaveDialog: async () => picked, showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
}));

const { chooseSavePath } = await import('../../main/app/dialogs.js');
const { supportedExtensions } = await import('../../main/engine/input/formats.js');

type Chooser = (reportPath: string, kind: 'pptx' | 'summary-pdf' | 'handout-pdf') => Promise<string | null>;

const reportPaths = fc
  .tuple(fc.constantFrom('/home/user/报告', 'C:\\Users\\王\\Desktop', '/tmp/a b'), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[/\\\0]/.test(s)), fc.constantFrom(...supportedExtensions, ...supportedExtensions.map((e) => e.toUpperCase())))
  .map(([dir, stem, ext]) => path.join(dir, `${stem}.${ext}`));

function neverTheReport(choose: Chooser) {
  return fc.check(
    fc.asyncProperty(reportPaths, fc.constantFrom('pptx' as const, 'summary-pdf' as const, 'handout-pdf' as const), async (report, kind) => {
      picked = { canceled: false, filePath: report }; // the user picks the report itself in the save dialog
      const target = await choose(report, kind);
      if (target === null || path.resolve(target) === path.resolve(report)) throw new Error(`the export of ${kind} would be written over ${report}`);
      if (!/\.(pptx|pdf)$/i.test(target)) throw new Error(`${target} is not a .pptx or .pdf`);
    }),
    { seed: 20_231_012, numRuns: 300 },
  );
}

describe('the app save dialog', () => {
  it('never returns the report being exported, whatever the user picks', async () => {
    const details = await neverTheReport((report, kind) => chooseSavePath(null, 'x.pptx', kind, report, 'zh-CN'));
    expect(details.failed, String(details.errorInstance)).toBe(false);
    expect(details.numRuns).toBe(300);
  });

  it('keeps the extension the user typed in either case, adds it when missing, and returns null on cancel', async () => {
    picked = { canceled: false, filePath: '/tmp/Deck.PPTX' };
    expect(await chooseSavePath(null, 'x.pptx', 'pptx', null, 'en')).toBe('/tmp/Deck.PPTX');
    picked = { canceled: false, filePath: '/tmp/summary' };
    expect(await chooseSavePath(null, 'x.pdf', 'summary-pdf', null, 'en')).toBe('/tmp/summary.pdf');
    picked = { canceled: true };
    expect(await chooseSavePath(null, 'x.pdf', 'handout-pdf', null, 'en')).toBeNull();
  });

  it('the check can fail: a chooser that returns the picked path as it is (deliberately broken)', async () => {
    const asPicked: Chooser = async () => picked.filePath ?? null;
    const details = await neverTheReport(asPicked);
    expect(details.failed).toBe(true);
    expect(String(details.errorInstance)).toMatch(/would be written over/);
  });
});
