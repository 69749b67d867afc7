import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck, TextElement } from '../../../../main/engine/deck/model.js';
import { folderReadPort } from '../../../../main/cli/node-ports.js';
import { planDeck } from '../../../../main/engine/plan/plan-deck.js';
import { validateReport } from '../../../../main/engine/report/validate.js';
import { defaultSelection } from '../../../../main/engine/selection/schema.js';
import { loadTemplatePack } from '../../../../main/engine/template/load-pack.js';
import { writePptx } from '../../../../main/engine/write/pptx/index.js';
import { resourceDir } from '../../../../main/node/paths.js';
import { bundledMetrics } from '../../../support/bundled-metrics.js';
import { findPdftotext, findProgram, findSoffice } from '../../../support/system-programs.js';
import { sampleDeck } from './sample-decks.js';

const soffice = findSoffice();
const pdftotext = findPdftotext();
const pdfinfo = findProgram('pdfinfo', 'poppler-utils');
const work = mkdtempSync(path.join(tmpdir(), 'huibao-pptx-lo-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface RenderedLine {
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

/** Lines as LibreOffice laid them out, from pdftotext's bounding boxes (points, origin top left). */
function renderedLines(pdf: string): RenderedLine[] {
  const xml = spawnSync(pdftotext!, ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
  const lines: RenderedLine[] = [];
  xml.split('<page ').slice(1).forEach((page, index) => {
    for (const [, xMin, yMin, xMax, yMax, body] of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const text = [...(body ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => word[1]).join('');
      lines.push({ page: index, xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax), text });
    }
  });
  return lines;
}

const modelLineCount = (element: TextElement): number => element.paragraphs.reduce((sum, paragraph) => sum + paragraph.lines.filter((line) => line.some((run) => run.text.trim() !== '')).length, 0);

/** Write the deck, let LibreOffice convert it, and return the PDF's path. */
async function convert(deck: Deck, name: string): Promise<string> {
  const file = path.join(work, `${name}.pptx`);
  writeFileSync(file, await writePptx(deck));
  const converted = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${path.join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, file], { encoding: 'utf8', timeout: 180_000 });
  if (converted.status !== 0) throw new Error(`LibreOffice could not convert ${name}: ${converted.stderr}`);
  return path.join(work, `${name}.pdf`);
}

/**
 * pdftotext splits one visual line into pieces at wide gaps (a full-width space) and at size changes ("约" + "70%"),
 * and a piece's box grows with its font size. Pieces whose vertical centre lies within another's box share a line.
 */
function visualLines(pieces: readonly RenderedLine[]): number {
  const bands: { top: number; bottom: number }[] = [];
  for (const piece of [...pieces].sort((a, b) => b.yMax - b.yMin - (a.yMax - a.yMin))) {
    const centre = (piece.yMin + piece.yMax) / 2;
    if (!bands.some((band) => centre >= band.top && centre <= band.bottom)) bands.push({ top: piece.yMin, bottom: piece.yMax });
  }
  return bands.length;
}

/** Every text box shows exactly the model's lines (none re-wrapped, none lost) and stays inside its box. */
function expectDrawnAsLaidOut(deck: Deck, pdf: string): void {
  const lines = renderedLines(pdf);
  deck.slides.forEach((slide, page) => {
    for (const element of slide.elements.filter((candidate): candidate is TextElement => candidate.type === 'text')) {
      const [left, top, right, bottom] = [element.box.x * 72, element.box.y * 72, (element.box.x + element.box.w) * 72, (element.box.y + element.box.h) * 72];
      const inside = lines.filter((line) => line.page === page && (line.yMin + line.yMax) / 2 > top && (line.yMin + line.yMax) / 2 < bottom && line.xMax > left && line.xMin < right);
      expect(visualLines(inside), `slide ${page + 1} (${slide.id}), ${element.id}: ${inside.map((line) => line.text).join(' | ')}`).toBe(modelLineCount(element));
      for (const line of inside) {
        expect(line.xMin, `${slide.id}, ${element.id}: "${line.text}" starts left of its box`).toBeGreaterThanOrEqual(left - 0.5);
        expect(line.xMax, `${slide.id}, ${element.id}: "${line.text}" ends right of its box`).toBeLessThanOrEqual(right + 0.5);
      }
    }
  });
}

let deck: Deck;
let pdf: string;

beforeAll(async () => {
  if (!soffice || !pdftotext || !pdfinfo) return;
  deck = sampleDeck(await bundledMetrics());
  pdf = await convert(deck, 'sample');
});

describe.skipIf(!soffice || !pdftotext || !pdfinfo)('a written deck opens in LibreOffice', () => {
  it('converts to a PDF with one page per slide, with the Chinese text of every slide', () => {
    const pages = spawnSync(pdfinfo!, [pdf], { encoding: 'utf8' }).stdout.match(/^Pages:\s+(\d+)/m)?.[1];
    expect(Number(pages)).toBe(deck.slides.length);
    const text = spawnSync(pdftotext!, ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    for (const phrase of ['白杨坝村2023年1-9月工作汇报', '一、产业发展稳中有进', '农业总产值', '主要产业产值', '二、人居环境持续改善', '六、2024年工作打算', '高标准农田']) expect(text).toContain(phrase);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows every text box with exactly the lines the planner broke, inside its box (nothing re-wrapped)', () => {
    expectDrawnAsLaidOut(deck, pdf);
  });

  it('draws a planned deck of the sample report (full preset, every slide kind of a pillar) as laid out', async () => {
    const pack = await loadTemplatePack(folderReadPort(path.join(resourceDir('templates'), 'gov-blue')), 'gov-blue');
    const report = validateReport(JSON.parse(readFileSync(path.join(resourceDir('samples'), 'baiyangba-2023-q1q3.report.json'), 'utf8')), 'sample');
    const planned = planDeck({ report, selection: { ...defaultSelection(), preset: 'full' }, pack, metrics: await bundledMetrics() }).deck;
    const planPdf = await convert(planned, 'planned');
    expect(Number(spawnSync(pdfinfo!, [planPdf], { encoding: 'utf8' }).stdout.match(/^Pages:\s+(\d+)/m)?.[1])).toBe(planned.slides.length);
    expectDrawnAsLaidOut(planned, planPdf);
  });
});
