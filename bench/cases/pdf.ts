/**
 * The PDF writers. Whole processes as a user runs them — the sample built to the deck, the summary and the handout
 * together (the goal: under 0.4 s), and each PDF alone to show its share — and in-process: the sample's
 * summary warm, a 100-slide handout, and a summary of about 300 pages from a synthetic report (time and peak memory).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { folderReadPort } from '../../main/cli/node-ports.js';
import type { Report } from '../../main/engine/report/schema.js';
import { loadTemplatePack } from '../../main/engine/template/load-pack.js';
import type { TemplatePack } from '../../main/engine/template/pack.js';
import { writeHandoutPdf } from '../../main/engine/write/pdf/handout/write-handout-pdf.js';
import { writeSummaryPdf } from '../../main/engine/write/pdf/summary/write-summary-pdf.js';
import { loadBundledFonts, type BundledFonts } from '../../main/node/fonts.js';
import { deckOf } from '../../tests/engine/write/pdf/fixtures/hand-made-deck.js';
import { syntheticReport } from '../fixtures/synthetic-report.js';
import type { BenchCase } from '../types.js';

const sample = 'assets/samples/baiyangba-2023-q1q3.report.json';
const sampleText = 'assets/samples/baiyangba-2023-q1q3.txt';
const dir = mkdtempSync(path.join(tmpdir(), 'huibao-bench-pdf-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const out = (file: string): string => path.join(dir, file);
const build = (input: string, ...outputs: string[]): string[] => ['node', 'bin/huibao.cjs', 'build', input, ...outputs];

/** Synthetic pillars giving a summary of about 300 A4 pages with gov-blue (measured: 100 pillars → 59 pages). */
const PILLARS_FOR_300_PAGES = 510;
/** Fixed: the same bytes every run, as in the tests. */
const createdAt = new Date('2023-10-12T08:00:00Z');

let fonts: BundledFonts;
let pack: TemplatePack;
let report: Report;
const setup = (make: () => Report) => async (): Promise<void> => {
  fonts = await loadBundledFonts();
  pack = await loadTemplatePack(folderReadPort('templates/gov-blue'), 'templates/gov-blue');
  report = make();
};

export const cases: BenchCase[] = [
  {
    kind: 'process',
    group: 'build: PDF',
    name: 'sample → PPTX + summary PDF + handout PDF',
    command: build(sample, '--pptx', out('all.pptx'), '--pdf', out('all.summary.pdf'), '--handout', out('all.handout.pdf')),
    bytes: statSync(sample).size,
    goalMs: 400,
  },
  {
    kind: 'process',
    group: 'build: PDF',
    name: 'sample (raw .txt, imported) → PPTX + summary PDF + handout PDF',
    command: build(sampleText, '--pptx', out('txt.pptx'), '--pdf', out('txt.summary.pdf'), '--handout', out('txt.handout.pdf')),
    bytes: statSync(sampleText).size,
  },
  { kind: 'process', group: 'build: PDF', name: 'sample → summary PDF only', command: build(sample, '--pdf', out('only.summary.pdf')) },
  { kind: 'process', group: 'build: PDF', name: 'sample → handout PDF only', command: build(sample, '--handout', out('only.handout.pdf')) },
  {
    kind: 'in-process',
    group: 'write: PDF',
    name: 'sample summary (gov-blue, 4 A4 pages) → bytes',
    setup: setup(() => JSON.parse(readFileSync(sample, 'utf8')) as Report),
    run: () => writeSummaryPdf({ report, pack, fonts, createdAt }),
    runs: 7,
  },
  {
    kind: 'in-process',
    group: 'write: PDF',
    name: '100-slide handout (one per page, charts and shapes) → bytes',
    setup: setup(() => JSON.parse(readFileSync(sample, 'utf8')) as Report),
    run: () => writeHandoutPdf(deckOf(100), { fonts, perPage: 1, notes: false, createdAt }),
    runs: 5,
  },
  {
    kind: 'in-process',
    group: 'write: PDF',
    name: `≈300-page summary (${PILLARS_FOR_300_PAGES} synthetic pillars) → bytes`,
    setup: setup(() => syntheticReport({ pillars: PILLARS_FOR_300_PAGES }).report),
    run: () => writeSummaryPdf({ report, pack, fonts, createdAt }),
    runs: 3,
  },
];
