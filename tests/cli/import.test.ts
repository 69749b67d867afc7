import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main.js';
import type { CliIo } from '../../main/cli/io.js';
import { ReportSchema } from '../../main/engine/report/schema.js';

const sample = 'assets/samples/baiyangba-2023-q1q3.txt';

function capture(): CliIo & { outText: () => string; errText: () => string; errLines: () => string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (l) => out.push(l), err: (l) => err.push(l), write: (t) => out.push(t), outText: () => out.join(''), errText: () => err.join('\n'), errLines: () => err };
}

const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'huibao-import-'));

describe('huibao import (in process)', () => {
  it('prints the structured report as JSON on stdout', async () => {
    const io = capture();
    expect(await runCli(['import', sample], io)).toBe(0);
    const report = ReportSchema.parse(JSON.parse(io.outText()));
    expect(report.pillars).toHaveLength(6);
    expect(io.errText()).toBe('');
  });

  it('writes -o OUT.json and OUT.yaml, saying what it wrote', async () => {
    const dir = tempDir();
    for (const name of ['report.json', 'report.yaml']) {
      const io = capture();
      const out = path.join(dir, name);
      expect(await runCli(['import', sample, '-o', out], io)).toBe(0);
      const text = readFileSync(out, 'utf8');
      const report = ReportSchema.parse(name.endsWith('.json') ? JSON.parse(text) : parseYaml(text));
      expect(report.title).toBe('奋力开创高质量发展新局面');
      expect(io.outText()).toMatch(new RegExp(`${name}: "奋力开创高质量发展新局面", 6 pillars, \\d+ metrics`));
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--explain goes to stderr and names clutter, headings and captions; stdout stays JSON', async () => {
    const io = capture();
    expect(await runCli(['import', sample, '--explain'], io)).toBe(0);
    expect(() => JSON.parse(io.outText())).not.toThrow();
    const explanation = io.errText();
    expect(explanation).toContain('Read as TXT (utf-8), Chinese text.');
    expect(explanation).toMatch(/line 56 {2}郑重声明.*— copyright notice/);
    expect(explanation).toMatch(/line 7 {2}pillar +聚焦主题教育,党建引领持续提升 {2}— a short line on its own that reads as a heading: score \d/);
    expect(explanation).toMatch(/Photo captions \(15\)/);
    expect(explanation).toMatch(/12345 {2}— a hotline or phone number/);
  });

  it('imports Word files and web pages too', async () => {
    const dir = tempDir();
    const html = path.join(dir, 'page.html');
    writeFileSync(html, '<html><body><h1>年度报告</h1><p>一、主要工作</p><p>全年完成投资5亿元，同比增长8%。</p></body></html>');
    const io = capture();
    expect(await runCli(['import', html], io)).toBe(0);
    expect(JSON.parse(io.outText())).toMatchObject({ title: '年度报告', pillars: [{ title: '主要工作' }] });
  });

  it.each([
    [['import', 'no/such/report.txt'], 'no/such/report.txt: cannot read: file not found'],
    [['import', sample, '-o', sample], 'the output would overwrite the report being imported'],
    [['import', sample, '-o', 'report.pptx'], 'the output must be a .json, .yaml or .yml file'],
    [['import', 'package.json'], 'not a raw report'],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const io = capture();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.errLines()).toHaveLength(1);
    expect(io.errText()).toContain(message);
  });

  it('exits 2 naming what a binary file is', async () => {
    const dir = tempDir();
    const pdf = path.join(dir, 'report.txt');
    writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj');
    const io = capture();
    expect(await runCli(['import', pdf], io)).toBe(2);
    expect(io.errText()).toBe(`huibao: ${pdf}: this is a PDF file, not a text report. Huibao cannot read PDF: copy the text into a .txt file, or export the report from Word as .docx`);
  });

  it('huibao validate now reads raw reports through the importer', async () => {
    const io = capture();
    expect(await runCli(['validate', sample], io)).toBe(0);
    expect(io.outText()).toMatch(/ok — "奋力开创高质量发展新局面", 6 pillars, \d+ metrics/);
  });
});

/**
 * The CLI as its own process, bundled here into a private file: other test files rebuild dist/ in parallel, and a
 * process started while dist/cli.cjs is being rewritten would fail for reasons that are not the importer's.
 */
describe('huibao import as a process', () => {
  const bundle = path.join(tempDir(), 'cli.cjs');
  const huibao = (...argv: string[]): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, ['-e', `require(${JSON.stringify(bundle)}).runCli(process.argv.slice(1)).then((code) => { process.exitCode = code; })`, ...argv], {
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    });

  beforeAll(async () => {
    await build({ entryPoints: ['main/cli/main.ts'], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'warning', define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } });
  });

  it('prints JSON on stdout and the explanation on stderr, exit 0', () => {
    const result = huibao('import', sample, '--explain');
    expect(result.status).toBe(0);
    expect(ReportSchema.parse(JSON.parse(result.stdout)).pillars).toHaveLength(6);
    expect(result.stderr).toContain('Headings (');
  });

  it('exits 2 with one stderr line and no stack for an empty file', () => {
    const file = path.join(tempDir(), 'empty.txt');
    writeFileSync(file, '');
    const result = huibao('import', file);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([`huibao: ${file}: the file is empty. Choose a report that has text in it`]);
  });
});
