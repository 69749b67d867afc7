import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main.js';
import { captureIo } from './capture-io.js';

const structured = 'assets/samples/baiyangba-2023-q1q3.report.json';
const raw = 'assets/samples/baiyangba-2023-q1q3.txt';
const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'huibao-build-'));

/** Slide count and the slides' text, read back from the PPTX. */
async function readDeck(file: string): Promise<{ slides: number; text: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  names.sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  const text = await Promise.all(names.map(async (name) => [...(await zip.file(name)?.async('string') ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')));
  return { slides: names.length, text };
}

async function build(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await runCli(['build', ...args], io);
  return { code, out: io.outText(), err: io.errText() };
}

describe('huibao build', () => {
  it('builds the raw sample (imported first) into --out-dir, named after the input', async () => {
    const dir = tmp();
    const result = await build([raw, '--out-dir', dir]);
    expect(result.code, result.err).toBe(0);
    const file = path.join(dir, 'baiyangba-2023-q1q3.pptx');
    expect(result.out).toBe(`${file}: 9 slides, ${Math.round(statSync(file).size / 1024)} KB`);
    const deck = await readDeck(file);
    expect(deck.slides).toBe(9);
    expect(deck.text[0]).toContain('奋力开创高质量发展新局面');
    for (const title of ['聚焦主题教育', '聚焦经济建设', '聚焦乡村振兴', '聚焦办实事促民生', '聚焦守底线促稳定']) expect(deck.text.some((t) => t.includes(title))).toBe(true);
  });

  it('logs each step with the time since start when HUIBAO_DEBUG is set, and nothing extra otherwise', async () => {
    const dir = tmp();
    const saved = process.env['HUIBAO_DEBUG'];
    delete process.env['HUIBAO_DEBUG'];
    try {
      const quiet = await build([structured, '--out-dir', dir, '--pptx']);
      expect(quiet.err).toBe('');
      process.env['HUIBAO_DEBUG'] = '1';
      const result = await build([structured, '--out-dir', dir, '--pptx']);
      expect(result.code, result.err).toBe(0);
      const steps = [...result.err.matchAll(/^huibao: +(\d+) ms {2}(.+)$/gm)].map((match) => ({ at: Number(match[1]), step: match[2] }));
      expect(steps.map((entry) => entry.step)).toEqual(['read the report, the template and the fonts', 'planning the slides', 'writing the PPTX', 'done', 'wrote the files']);
      expect(steps.map((entry) => entry.at)).toEqual([...steps.map((entry) => entry.at)].sort((a, b) => a - b));
    } finally {
      if (saved === undefined) delete process.env['HUIBAO_DEBUG'];
      else process.env['HUIBAO_DEBUG'] = saved;
    }
  });

  it('builds the structured sample to --pptx; --pillars 2,3 gives only those pillars', async () => {
    const file = path.join(tmp(), 'two.pptx');
    const result = await build([structured, '--pptx', file, '--pillars', '2,3']);
    expect(result.code, result.err).toBe(0);
    const deck = await readDeck(file);
    expect(deck.slides).toBe(5);
    expect(deck.text.join('')).toContain('聚焦经济建设');
    expect(deck.text.join('')).toContain('聚焦乡村振兴');
    expect(deck.text.slice(2).join('')).not.toContain('一、聚焦主题教育');
  });

  it('honours --preset full and --preset onepage', async () => {
    const dir = tmp();
    expect((await build([structured, '--pptx', path.join(dir, 'full.pptx'), '--preset', 'full'])).code).toBe(0);
    expect((await readDeck(path.join(dir, 'full.pptx'))).slides).toBe(35);
    expect((await build([structured, '--pptx', path.join(dir, 'one.pptx'), '--preset', 'onepage'])).code).toBe(0);
    expect((await readDeck(path.join(dir, 'one.pptx'))).slides).toBe(1);
  });

  it('takes every built-in pack by id or name, and a pack folder', async () => {
    const dir = tmp();
    for (const template of ['gov-blue', '党建红', 'Minimal', 'templates/party-red']) {
      const file = path.join(dir, `${template.replace(/\W/g, '_')}.pptx`);
      const result = await build([structured, '--pptx', file, '--template', template]);
      expect(result.code, `${template}: ${result.err}`).toBe(0);
      expect((await readDeck(file)).slides).toBe(9);
    }
  });

  it('exits 2 with one line for a bad template, preset or pillar position', async () => {
    const dir = tmp();
    const badTemplate = await build([structured, '--pptx', path.join(dir, 'x.pptx'), '--template', 'purple']);
    expect(badTemplate.code).toBe(2);
    expect(badTemplate.err).toBe('huibao: no template pack "purple". Available: gov-blue (政务蓝), minimal (简约), party-red (党建红); or give the folder of a pack');
    const badPreset = await build([structured, '--pptx', path.join(dir, 'x.pptx'), '--preset', 'long']);
    expect(badPreset).toMatchObject({ code: 2, err: 'huibao: --preset long: unknown preset. Use brief, full or onepage' });
    const badPillars = await build([structured, '--pptx', path.join(dir, 'x.pptx'), '--pillars', '2,9']);
    expect(badPillars.code).toBe(2);
    expect(badPillars.err).toMatch(/^huibao: --pillars 2,9: position 9 is out of range\. The report has 6 pillars: 1 聚焦主题教育, /);
    expect(existsSync(path.join(dir, 'x.pptx'))).toBe(false);
  });

  it('refuses to write over its input', async () => {
    const dir = tmp();
    const input = path.join(dir, 'report.pptx.json');
    copyFileSync(structured, input);
    const same = path.join(dir, 'report.pptx.json');
    const result = await build([input, '--pptx', same]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('is the input file; refusing to write over it');
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(structured, 'utf8'));
  });

  it('names a missing input and an unwritable output', async () => {
    expect((await build(['no/such/report.txt', '--pptx', path.join(tmp(), 'x.pptx')])).err).toContain('no/such/report.txt: cannot read: file not found');
    const blocker = path.join(tmp(), 'file');
    copyFileSync(structured, blocker);
    const result = await build([structured, '--pptx', path.join(blocker, 'deck.pptx')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('deck.pptx: cannot write');
  });
});
