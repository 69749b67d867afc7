import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePptx } from '../../../../main/engine/write/pptx/index.js';
import { bundledMetrics } from '../../../support/bundled-metrics.js';
import { findPdftotext, findProgram, findSoffice } from '../../../support/system-programs.js';
import { sampleDeck } from './sample-decks.js';

const soffice = findSoffice();
const pdftotext = findPdftotext();
const pdfinfo = findProgram('pdfinfo', 'poppler-utils');
const work = mkdtempSync(path.join(tmpdir(), 'huibao-pptx-lo-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!soffice || !pdftotext || !pdfinfo)('a written deck opens in LibreOffice', () => {
  it('converts to a PDF with one page per slide, with the Chinese text of every slide', async () => {
    const deck = sampleDeck(await bundledMetrics());
    const file = path.join(work, 'deck.pptx');
    writeFileSync(file, await writePptx(deck));
    const converted = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${path.join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', work, file], { encoding: 'utf8', timeout: 120_000 });
    expect(converted.status, converted.stderr).toBe(0);
    const pdf = path.join(work, 'deck.pdf');
    const pages = spawnSync(pdfinfo!, [pdf], { encoding: 'utf8' }).stdout.match(/^Pages:\s+(\d+)/m)?.[1];
    expect(Number(pages)).toBe(deck.slides.length);
    const text = spawnSync(pdftotext!, ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    for (const phrase of ['白杨坝村2023年1-9月工作汇报', '一、产业发展稳中有进', '农业总产值', '主要产业产值', '二、人居环境持续改善']) expect(text).toContain(phrase);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
