import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck, TextElement } from '../../../../main/engine/deck/model.js';
import { writePptx } from '../../../../main/engine/write/pptx/index.js';
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

let deck: Deck;
let pdf: string;

beforeAll(async () => {
  if (!soffice || !pdftotext || !pdfinfo) return;
  deck = sampleDeck(await bundledMetrics());
  const file = path.join(work, 'deck.pptx');
  writeFileSync(file, await writePptx(deck));
  const converted = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${path.join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, file], { encoding: 'utf8', timeout: 120_000 });
  if (converted.status !== 0) throw new Error(`LibreOffice could not convert the deck: ${converted.stderr}`);
  pdf = path.join(work, 'deck.pdf');
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
    const lines = renderedLines(pdf);
    deck.slides.forEach((slide, page) => {
      for (const element of slide.elements.filter((candidate): candidate is TextElement => candidate.type === 'text')) {
        const [left, top, right, bottom] = [element.box.x * 72, element.box.y * 72, (element.box.x + element.box.w) * 72, (element.box.y + element.box.h) * 72];
        const inside = lines.filter((line) => line.page === page && (line.yMin + line.yMax) / 2 > top && (line.yMin + line.yMax) / 2 < bottom && line.xMax > left && line.xMin < right);
        // pdftotext splits a line at wide gaps (a full-width space); pieces on one baseline are one visual line.
        const baselines = new Set(inside.map((line) => Math.round(line.yMax)));
        expect(baselines.size, `slide ${page + 1}, ${element.id}: ${inside.map((line) => line.text).join(' | ')}`).toBe(modelLineCount(element));
        for (const line of inside) {
          expect(line.xMin, `${element.id}: "${line.text}" starts left of its box`).toBeGreaterThanOrEqual(left - 0.5);
          expect(line.xMax, `${element.id}: "${line.text}" ends right of its box`).toBeLessThanOrEqual(right + 0.5);
        }
      }
    });
  });
});
