/**
 * The end-to-end case, through the engine as the app's editor drives it: duplicate 政务蓝, change the primary
 * colour and the footer text, then the deck (PPTX), the handout and the summary (PDF) built with the copy show both.
 * Each PDF check also runs on the untouched pack, so it is known to be able to fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPackFiles } from '../../../main/engine/template-library/check-pack.js';
import { duplicatePack } from '../../../main/engine/template-library/duplicate-pack.js';
import { applyPackEdit } from '../../../main/engine/template-library/pack-edit.js';
import type { Deck } from '../../../main/engine/deck/model.js';
import { planDeck } from '../../../main/engine/plan/plan-deck.js';
import { applySelection } from '../../../main/engine/selection/apply.js';
import { SelectionSchema } from '../../../main/engine/selection/schema.js';
import type { TemplatePack } from '../../../main/engine/template/pack.js';
import { writeHandoutPdf } from '../../../main/engine/write/pdf/handout/write-handout-pdf.js';
import { writeSummaryPdf } from '../../../main/engine/write/pdf/summary/write-summary-pdf.js';
import { writePptx } from '../../../main/engine/write/pptx/index.js';
import { loadBundledFonts, type BundledFonts } from '../../../main/node/fonts.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';
import { findPdftotext, findProgram } from '../../support/system-programs.js';
import { sampleReport } from '../plan/plan-fixtures.js';
import { readPackage } from '../write/pptx/package-parts.js';
import { builtInFiles } from './support/packs.js';

const NEW_PRIMARY = 'B22222';
const OLD_PRIMARY = '1F4E99';
const FOOTER = '白羊坝镇党政办公室 · 内部资料 请勿外传';
const CREATED_AT = new Date('2023-10-12T08:00:00Z');
const selection = SelectionSchema.parse({});
const pdftotext = findPdftotext();
const pdftoppm = findProgram('pdftoppm', 'poppler-utils');

let original: TemplatePack;
let edited: TemplatePack;
let fonts: BundledFonts;

beforeAll(async () => {
  const gov = await builtInFiles('gov-blue');
  let files = duplicatePack(gov, { id: 'county-blue', name: { zh: '县委蓝', en: 'County Blue' } }, 'templates/gov-blue');
  files = applyPackEdit(files, { kind: 'color', name: 'primary', value: NEW_PRIMARY }, 'county-blue');
  files = applyPackEdit(files, { kind: 'footerText', text: FOOTER }, 'county-blue');
  [original, edited, fonts] = await Promise.all([openPackFiles(gov, 'templates/gov-blue'), openPackFiles(files, 'county-blue'), loadBundledFonts()]);
});

async function deckWith(pack: TemplatePack): Promise<Deck> {
  return planDeck({ report: sampleReport, selection, pack, metrics: await bundledMetrics() }).deck;
}

describe('duplicate 政务蓝, change the primary colour and the footer', () => {
  it('the deck model the preview draws has both', async () => {
    const deck = await deckWith(edited);
    const content = deck.slides.filter((slide) => slide.kind !== 'title' && slide.kind !== 'closing');
    const json = JSON.stringify(content);
    expect(json).toContain(NEW_PRIMARY);
    expect(json).not.toContain(OLD_PRIMARY);
    for (const slide of content) expect(JSON.stringify(slide), slide.id).toContain(FOOTER);
  });

  it('the PPTX has both in its slide XML, and the old primary nowhere (charts included)', async () => {
    const parts = await readPackage(await writePptx(await deckWith(edited)));
    const slides = parts.matching(/^ppt\/slides\/slide\d+\.xml$/).map((name) => parts.text(name));
    const charts = parts.matching(/^ppt\/charts\/chart\d+\.xml$/).map((name) => parts.text(name));
    expect(charts.length).toBeGreaterThan(0);
    const footers = slides.filter((xml) => xml.includes(`<a:t>${FOOTER}</a:t>`));
    expect(footers.length).toBe(slides.length - 2);
    expect(slides.join('')).toContain(`<a:srgbClr val="${NEW_PRIMARY}"/>`);
    expect(charts.join('')).toContain(`<a:srgbClr val="${NEW_PRIMARY}"/>`);
    expect([...slides, ...charts].join('')).not.toContain(OLD_PRIMARY);
  });

  describe.skipIf(!pdftotext || !pdftoppm)('the PDFs', () => {
    it('the handout shows the footer as text and the new primary in its pixels', async () => {
      const handout = async (pack: TemplatePack): Promise<Uint8Array> => writeHandoutPdf(await deckWith(pack), { fonts, perPage: 1, notes: false, createdAt: CREATED_AT });
      const [before, after] = await Promise.all([handout(original), handout(edited)]);
      expect(pdfText(after, 2)).toContain(FOOTER);
      expect(pdfText(before, 2)).not.toContain(FOOTER);
      expect(pixelsNear(after, 2, NEW_PRIMARY)).toBeGreaterThan(50);
      expect(pixelsNear(after, 2, OLD_PRIMARY)).toBe(0);
      expect(pixelsNear(before, 2, OLD_PRIMARY)).toBeGreaterThan(50);
    });

    it('the summary shows the new primary in its headings (it has no slide footer to show)', async () => {
      const summary = (pack: TemplatePack): Promise<Uint8Array> => writeSummaryPdf({ report: applySelection(sampleReport, selection), pack, fonts, createdAt: CREATED_AT });
      const [before, after] = await Promise.all([summary(original), summary(edited)]);
      expect(pixelsNear(after, 1, NEW_PRIMARY)).toBeGreaterThan(50);
      expect(pixelsNear(after, 1, OLD_PRIMARY)).toBe(0);
      expect(pixelsNear(before, 1, OLD_PRIMARY)).toBeGreaterThan(50);
    });
  });
});

function pdfText(pdf: Uint8Array, page: number): string {
  return withPdf(pdf, (file) => run(pdftotext, ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-']).toString('utf8'));
}

/** Pixels of the rendered page within a small distance of `hex` (anti-aliased edges are not counted). */
function pixelsNear(pdf: Uint8Array, page: number, hex: string): number {
  const ppm = withPdf(pdf, (file) => run(pdftoppm, ['-r', '40', '-f', String(page), '-l', String(page), file]));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const pixels = ppm.subarray(header[0].length);
  let count = 0;
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    if (Math.abs((pixels[i] ?? 0) - r) + Math.abs((pixels[i + 1] ?? 0) - g) + Math.abs((pixels[i + 2] ?? 0) - b) <= 24) count++;
  }
  return count;
}

function withPdf<T>(pdf: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-e2e-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(program: string | undefined, args: string[]): Buffer {
  if (!program) throw new Error('poppler-utils is not installed');
  const result = spawnSync(program, args, { maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

