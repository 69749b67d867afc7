/**
 * Huibao against the tools people would otherwise use, on the same content: the sample report as Markdown
 * (bench/fixtures/baiyangba-2023-q1q3.md, written from the structured sample by bench/fixtures/report-markdown.ts).
 *   - pandoc (Debian package) Markdown → PPTX: bullets only; it finds no numbers and lays nothing out.
 *   - Marp CLI Markdown → PDF and → PPTX, rendering with Debian's Chromium (its PPTX slides are pictures).
 * Every row is a whole process, as a user would run it; the ratio column is the peer's time over Huibao's.
 *
 * Marp CLI is not a devDependency: it brings ~150 packages (136 MB with puppeteer-core) that no test and no shipped
 * code uses, into every `npm ci` including CI's, which never runs the bench. The bench fetches the pinned version
 * once into node_modules/.cache/huibao-peers (set HUIBAO_BENCH_NO_FETCH=1 to forbid that). A peer that is missing
 * shows in the table as "not installed" with the command that installs it; it never fails the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportToMarkdown } from '../fixtures/report-markdown.js';
import type { BenchCase } from '../types.js';
import type { Report } from '../../main/engine/report/schema.js';

const MARP_VERSION = '4.5.1';
const sampleJson = 'assets/samples/baiyangba-2023-q1q3.report.json';
const sampleMarkdown = 'bench/fixtures/baiyangba-2023-q1q3.md';

/** Keep the committed Markdown rendition in step with the sample it is written from. */
function writeSampleMarkdown(): void {
  const markdown = reportToMarkdown(JSON.parse(readFileSync(sampleJson, 'utf8')) as Report);
  if (!existsSync(sampleMarkdown) || readFileSync(sampleMarkdown, 'utf8') !== markdown) writeFileSync(sampleMarkdown, markdown);
}

/** The first of `names` on PATH, or undefined. */
function which(...names: string[]): string | undefined {
  for (const name of names) {
    const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return undefined;
}

/** The Marp CLI binary, fetched once (pinned) into node_modules/.cache, or the reason it is not there. */
function marpCli(): { bin: string } | { missing: string } {
  const prefix = path.resolve('node_modules/.cache/huibao-peers');
  const bin = path.join(prefix, 'node_modules/.bin/marp');
  const install = `npm install --prefix ${path.relative(process.cwd(), prefix)} --no-save @marp-team/marp-cli@${MARP_VERSION}`;
  if (existsSync(bin)) return { bin };
  if (process.env['HUIBAO_BENCH_NO_FETCH']) return { missing: `not installed (${install})` };
  process.stderr.write(`bench: fetching Marp CLI ${MARP_VERSION} into ${prefix} (once) … `);
  mkdirSync(prefix, { recursive: true });
  const result = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `@marp-team/marp-cli@${MARP_VERSION}`], { encoding: 'utf8', timeout: 300_000 });
  process.stderr.write(result.status === 0 && existsSync(bin) ? 'done\n' : 'failed\n');
  return existsSync(bin) ? { bin } : { missing: `not installed: fetching it failed (${install})` };
}

writeSampleMarkdown();
const out = mkdtempSync(path.join(tmpdir(), 'huibao-bench-peers-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));

const pandoc = which('pandoc');
const chromium = which('chromium', 'chromium-browser', 'google-chrome');
const marp = chromium ? marpCli() : { missing: 'not installed: Chromium is missing (apt-get install chromium)' };
const marpEnv = { CHROME_PATH: chromium ?? '', CHROME_DISABLE_GPU: '1' };
const marpArgs = (bin: string, flag: string, file: string): string[] => [bin, '--no-stdin', '--allow-local-files', flag, '--browser', 'chrome', '--browser-path', chromium ?? '', sampleMarkdown, '-o', path.join(out, file)];

const huibaoPptx = 'Huibao: sample → PPTX';
const huibaoHandout = 'Huibao: sample → handout PDF (slides)';
const huibaoBuild = (flag: string, file: string): string[] => ['node', 'bin/huibao.cjs', 'build', sampleJson, '--preset', 'full', flag, path.join(out, file)];

export const cases: BenchCase[] = [
  { kind: 'process', group: 'peers', name: huibaoPptx, command: huibaoBuild('--pptx', 'huibao.pptx'), runs: 7 },
  { kind: 'process', group: 'peers', name: 'Huibao: sample → summary PDF', command: huibaoBuild('--pdf', 'huibao-summary.pdf'), runs: 7 },
  { kind: 'process', group: 'peers', name: huibaoHandout, command: huibaoBuild('--handout', 'huibao-handout.pdf'), runs: 7 },
  { kind: 'process', group: 'peers', name: 'Huibao: sample → all three', command: [...huibaoBuild('--pptx', 'all.pptx'), '--pdf', path.join(out, 'all-summary.pdf'), '--handout', path.join(out, 'all-handout.pdf')], runs: 7 },
  pandoc
    ? { kind: 'process', group: 'peers', name: 'pandoc: sample.md → PPTX', command: [pandoc, sampleMarkdown, '-o', path.join(out, 'pandoc.pptx')], runs: 7, baseline: huibaoPptx }
    : { kind: 'process', group: 'peers', name: 'pandoc: sample.md → PPTX', command: ['pandoc'], unavailable: 'not installed (apt-get install pandoc)' },
  'bin' in marp
    ? { kind: 'process', group: 'peers', name: 'Marp CLI: sample.md → PDF', command: marpArgs(marp.bin, '--pdf', 'marp.pdf'), env: marpEnv, runs: 5, baseline: huibaoHandout }
    : { kind: 'process', group: 'peers', name: 'Marp CLI: sample.md → PDF', command: ['marp'], unavailable: marp.missing },
  'bin' in marp
    ? { kind: 'process', group: 'peers', name: 'Marp CLI: sample.md → PPTX (slides as images)', command: marpArgs(marp.bin, '--pptx', 'marp.pptx'), env: marpEnv, runs: 5, baseline: huibaoPptx }
    : { kind: 'process', group: 'peers', name: 'Marp CLI: sample.md → PPTX (slides as images)', command: ['marp'], unavailable: marp.missing },
];
