import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main.js';
import { havePoppler, pdfInfo, pdfText, squeeze } from '../engine/write/pdf/support/pdf-tools.js';
import { captureIo } from './capture-io.js';

const structured = 'assets/samples/baiyangba-2023-q1q3.report.json';
const raw = 'assets/samples/baiyangba-2023-q1q3.txt';
const PILLARS = ['聚焦主题教育', '聚焦经济建设', '聚焦乡村振兴', '聚焦办实事促民生', '聚焦守底线促稳定'];
const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'huibao-build-pdf-'));

async function build(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await runCli(['build', ...args], io);
  return { code, out: io.outText(), err: io.errText() };
}

/** The text runs of every slide of a PPTX, in order. */
async function slideRuns(file: string): Promise<string[][]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  names.sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return Promise.all(names.map(async (name) => [...((await zip.file(name)?.async('string')) ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '')));
}

const slideTexts = async (file: string): Promise<string[]> => (await slideRuns(file)).map((runs) => runs.join(''));

const epoch = process.env['SOURCE_DATE_EPOCH'];
afterEach(() => {
  if (epoch === undefined) delete process.env['SOURCE_DATE_EPOCH'];
  else process.env['SOURCE_DATE_EPOCH'] = epoch;
});

describe.skipIf(!havePoppler)('huibao build --pdf --handout', () => {
  let dir: string;
  let result: { code: number; out: string; err: string };
  const file = (name: string): string => path.join(dir, name);

  beforeAll(async () => {
    dir = tmp();
    result = await build([structured, '--pptx', file('deck.pptx'), '--pdf', file('summary.pdf'), '--handout', file('handout.pdf')]);
  });

  it('writes the deck, the summary and the handout, and says what it wrote', () => {
    expect(result.code, result.err).toBe(0);
    const lines = result.out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/summary\.pdf: PDF summary, \d+ KB$/);
    expect(lines[2]).toMatch(/handout\.pdf: 9 slides on 9 pages, \d+ KB$/);
  });

  it('gives the handout one page per slide of the PPTX, with each slide\'s text on its page', async () => {
    const slides = await slideRuns(file('deck.pptx'));
    const handout = readFileSync(file('handout.pdf'));
    expect(pdfInfo(handout).pages).toBe(slides.length);
    for (const [index, runs] of slides.entries()) {
      const page = squeeze(pdfText(handout, index + 1));
      // Every Chinese phrase of every text run on the slide is on its page (pdftotext spaces numbers its own way).
      for (const phrase of runs.flatMap((run) => run.match(/[\u4e00-\u9fff]{4,}/g) ?? [])) expect(page, `slide ${index + 1}`).toContain(phrase);
    }
  });

  it('keeps the summary to four pages with every pillar in it', () => {
    const summary = readFileSync(file('summary.pdf'));
    expect(pdfInfo(summary).pages).toBeLessThanOrEqual(4);
    const text = squeeze(pdfText(summary));
    for (const title of PILLARS) expect(text).toContain(title);
  });

  it('selects the same pillars in every output with --pillars', async () => {
    const only = tmp();
    const at = (name: string): string => path.join(only, name);
    const run = await build([structured, '--pptx', at('d.pptx'), '--pdf', at('s.pdf'), '--handout', at('h.pdf'), '--pillars', '2,4']);
    expect(run.code, run.err).toBe(0);
    const kept = [PILLARS[1], PILLARS[3]] as string[];
    const dropped = [PILLARS[0], PILLARS[2], PILLARS[4]] as string[];
    const deck = (await slideTexts(at('d.pptx'))).join('');
    const outputs = { deck, summary: squeeze(pdfText(readFileSync(at('s.pdf')))), handout: squeeze(pdfText(readFileSync(at('h.pdf')))) };
    for (const [name, text] of Object.entries(outputs)) {
      for (const title of kept) expect(text, `${name} keeps ${title}`).toContain(title);
      for (const title of dropped) expect(text, `${name} leaves out ${title}`).not.toContain(title);
    }
    expect(pdfInfo(readFileSync(at('h.pdf'))).pages).toBe((await slideTexts(at('d.pptx'))).length);
  });
});

describe.skipIf(!havePoppler)('huibao build: PDF options and names', () => {
  it('names outputs given without a file after the input, in --out-dir (what npm run demo does)', async () => {
    const dir = tmp();
    const run = await build([raw, '--out-dir', dir, '--pptx', '--pdf', '--handout']);
    expect(run.code, run.err).toBe(0);
    for (const name of ['baiyangba-2023-q1q3.pptx', 'baiyangba-2023-q1q3.summary.pdf', 'baiyangba-2023-q1q3.handout.pdf']) expect(existsSync(path.join(dir, name)), name).toBe(true);
  });

  it('writes a PDF alone, without a deck', async () => {
    const dir = tmp();
    const run = await build([structured, '--out-dir', dir, '--pdf']);
    expect(run.code, run.err).toBe(0);
    expect(existsSync(path.join(dir, 'baiyangba-2023-q1q3.summary.pdf'))).toBe(true);
    expect(existsSync(path.join(dir, 'baiyangba-2023-q1q3.pptx'))).toBe(false);
  });

  it('prints 2 or 4 slides per handout page with their notes, and a table of contents with --toc', async () => {
    const dir = tmp();
    const run = await build([structured, '--handout', path.join(dir, 'h.pdf'), '--per-page', '4', '--notes', '--pdf', path.join(dir, 's.pdf'), '--toc']);
    expect(run.code, run.err).toBe(0);
    const handout = readFileSync(path.join(dir, 'h.pdf'));
    expect(pdfInfo(handout).pages).toBe(3);
    expect(squeeze(pdfText(handout))).toContain('幻灯片9·备注');
    expect(pdfText(readFileSync(path.join(dir, 's.pdf')), 1)).toContain('目录');
  });

  it('refuses a handout layout it does not have, before writing anything', async () => {
    const dir = tmp();
    const run = await build([structured, '--handout', path.join(dir, 'h.pdf'), '--per-page', '3']);
    expect(run).toMatchObject({ code: 2, err: 'huibao: --per-page 3: the handout takes 1, 2 or 4 slides per page. Use --per-page 1, 2 or 4' });
    expect(existsSync(path.join(dir, 'h.pdf'))).toBe(false);
  });

  it('makes the same bytes twice (PPTX and PDFs) when SOURCE_DATE_EPOCH fixes the date', async () => {
    process.env['SOURCE_DATE_EPOCH'] = '1697068800';
    const dir = tmp();
    for (const name of ['a', 'b']) {
      const outputs = ['--pdf', path.join(dir, `${name}.pdf`), '--handout', path.join(dir, `${name}.h.pdf`), '--pptx', path.join(dir, `${name}.pptx`)];
      expect((await build([structured, ...outputs])).code).toBe(0);
      // Apart in time: a date taken from the clock would differ.
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
    expect(readFileSync(path.join(dir, 'a.pptx')).equals(readFileSync(path.join(dir, 'b.pptx')))).toBe(true);
    expect(readFileSync(path.join(dir, 'a.pdf')).equals(readFileSync(path.join(dir, 'b.pdf')))).toBe(true);
    expect(readFileSync(path.join(dir, 'a.h.pdf')).equals(readFileSync(path.join(dir, 'b.h.pdf')))).toBe(true);
    expect(pdfInfo(readFileSync(path.join(dir, 'a.pdf'))).title).toBe('奋力开创高质量发展新局面');
  });

  it('makes a PDF the same whatever else the build (or the process before) made', async () => {
    // A font shared between documents once leaked which character a glyph stands for (· or •) from one PDF's text
    // layer into the next: every document must start from nothing of the others.
    process.env['SOURCE_DATE_EPOCH'] = '1697068800';
    const dir = tmp();
    expect((await build([structured, '--handout', path.join(dir, 'alone.pdf')])).code).toBe(0);
    expect((await build([structured, '--pdf', path.join(dir, 'summary.pdf'), '--handout', path.join(dir, 'after-summary.pdf')])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'alone.pdf')).equals(readFileSync(path.join(dir, 'after-summary.pdf')))).toBe(true);
  });
});
