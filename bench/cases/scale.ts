/**
 * How Huibao grows with the size of a report: synthetic reports (bench/fixtures/synthetic-report.ts) of 50, 100 and
 * 200 pillars — four sections each, so the "full" preset plans about 250, 500 and 1,000 slides — built in-process
 * (plan + PPTX, fresh process per case so peak memory is its own) and as whole `huibao build` processes. The ratio
 * column gives the growth over the 50-pillar report: ×2 and ×4 mean linear.
 * pandoc gets the same 200-pillar report as Markdown, so the ratio there is pandoc's time over Huibao's.
 * (Marp is left out at this size: it renders every slide in Chromium, minutes per run.)
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildFromReport } from '../../main/engine/build/build.js';
import type { FontMetrics } from '../../main/engine/layout/font-metrics.js';
import type { Report } from '../../main/engine/report/schema.js';
import { SelectionSchema } from '../../main/engine/selection/schema.js';
import type { TemplatePack } from '../../main/engine/template/pack.js';
import { openTemplatePack } from '../../main/node/template-packs.js';
import { bundledMetrics } from '../../tests/support/bundled-metrics.js';
import { syntheticReport } from '../fixtures/synthetic-report.js';
import type { BenchCase } from '../types.js';

const sizes = [50, 100, 200] as const;
const dir = mkdtempSync(path.join(tmpdir(), 'huibao-bench-scale-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const files = new Map<number, { json: string; text: string; markdown: string }>();
for (const pillars of sizes) {
  const made = syntheticReport({ pillars });
  const base = path.join(dir, `synthetic-${pillars}`);
  writeFileSync(`${base}.report.json`, JSON.stringify(made.report));
  writeFileSync(`${base}.txt`, made.text);
  writeFileSync(`${base}.md`, made.markdown);
  files.set(pillars, { json: `${base}.report.json`, text: `${base}.txt`, markdown: `${base}.md` });
}
const at = (pillars: number) => files.get(pillars)!;
const name = (pillars: number, what: string): string => `${pillars} pillars → ${what}`;
const build = (pillars: number, ...outputs: string[]): string[] => ['node', 'bin/huibao.cjs', 'build', at(pillars).json, '--preset', 'full', ...outputs];
const out = (file: string): string => path.join(dir, file);

const full = SelectionSchema.parse({ preset: 'full' });
let engine: { pack: TemplatePack; metrics: FontMetrics } | undefined;
const reports = new Map<number, Report>();

/** In-process: plan the full preset and write the PPTX, from the report already in memory. */
function inProcessPptx(pillars: number): BenchCase {
  return {
    kind: 'in-process',
    group: 'scale: in-process plan + PPTX',
    name: name(pillars, 'plan + PPTX bytes'),
    runs: 3,
    setup: async () => {
      engine ??= { pack: await openTemplatePack('gov-blue'), metrics: await bundledMetrics() };
      reports.set(pillars, syntheticReport({ pillars }).report);
    },
    run: async () => {
      if (!engine) throw new Error('setup did not run');
      const result = await buildFromReport({ report: reports.get(pillars)! }, { selection: full, ...engine, outputs: ['pptx'] });
      return result.files.get('pptx')?.length;
    },
    ...(pillars === 50 ? {} : { baseline: name(50, 'plan + PPTX bytes') }),
  };
}

const which = (program: string): string | undefined => spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { encoding: 'utf8' }).stdout.trim() || undefined;
const pandoc = which('pandoc');

export const cases: BenchCase[] = [
  ...sizes.map(inProcessPptx),
  ...sizes.map((pillars): BenchCase => ({
    kind: 'process',
    group: 'scale: PPTX',
    name: name(pillars, 'PPTX'),
    command: build(pillars, '--pptx', out(`${pillars}.pptx`)),
    runs: 3,
    ...(pillars === 50 ? {} : { baseline: name(50, 'PPTX') }),
  })),
  pandoc
    ? { kind: 'process', group: 'scale: PPTX', name: 'pandoc: 200 pillars (Markdown) → PPTX', command: [pandoc, at(200).markdown, '-o', out('200-pandoc.pptx')], runs: 3, baseline: name(200, 'PPTX') }
    : { kind: 'process', group: 'scale: PPTX', name: 'pandoc: 200 pillars (Markdown) → PPTX', command: ['pandoc'], unavailable: 'not installed (apt-get install pandoc)' },
  ...sizes.map((pillars): BenchCase => ({
    kind: 'process',
    group: 'scale: all three',
    name: name(pillars, 'PPTX + summary + handout'),
    command: build(pillars, '--pptx', out(`${pillars}-all.pptx`), '--pdf', out(`${pillars}-summary.pdf`), '--handout', out(`${pillars}-handout.pdf`)),
    runs: 3,
    ...(pillars === 50 ? {} : { baseline: name(50, 'PPTX + summary + handout') }),
  })),
  { kind: 'process', group: 'scale: 200 pillars, each output', name: name(200, 'summary PDF'), command: build(200, '--pdf', out('200-summary-alone.pdf')), runs: 3 },
  { kind: 'process', group: 'scale: 200 pillars, each output', name: name(200, 'handout PDF'), command: build(200, '--handout', out('200-handout-alone.pdf')), runs: 3 },
  ...sizes.map((pillars): BenchCase => ({
    kind: 'process',
    group: 'scale: import',
    name: `${pillars} pillars: import raw text`,
    command: ['node', 'bin/huibao.cjs', 'import', at(pillars).text, '-o', out(`${pillars}-imported.json`)],
    bytes: statSync(at(pillars).text).size,
    runs: 3,
    ...(pillars === 50 ? {} : { baseline: '50 pillars: import raw text' }),
  })),
];
