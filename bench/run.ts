/**
 * `npm run bench`: runs every case in bench/cases/*.ts and writes docs/performance.md and docs/performance.json.
 * In-process cases run each in a fresh process (so peak memory is theirs alone); whole-process cases are timed
 * from spawn to exit. Medians of several runs, because these machines are noisy. Nothing here asserts.
 *
 *   npm run bench                 all cases
 *   npm run bench -- --only build only groups whose name contains "build"
 *   npm run bench -- --no-write   print, don't touch docs/
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureProcess, type Measurement } from './measure.js';
import type { BenchCase } from './types.js';

interface Row {
  readonly group: string;
  readonly name: string;
  readonly kind: BenchCase['kind'];
  readonly bytes?: number;
  readonly goalMs?: number;
  readonly baseline?: string;
  readonly unavailable?: string;
  readonly result: Measurement;
}

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const write = !args.includes('--no-write');
const casesDir = path.resolve('bench/cases');

spawnSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' }); // whole-process cases run the current code
// Whole-process rows depend on the code caches of the CLI's bundles (bin/load-bundle.cjs); say whether this Node
// accepted them (a summary build loads both: the CLI and the PDF stack).
const probe = path.join(os.tmpdir(), `huibao-bench-${process.pid}.pdf`);
const debugged = spawnSync(process.execPath, ['bin/huibao.cjs', 'build', 'assets/samples/baiyangba-2023-q1q3.report.json', '--pdf', probe], {
  env: { ...process.env, HUIBAO_DEBUG: '1' },
  encoding: 'utf8',
}).stderr;
rmSync(probe, { force: true });
const cacheOf = (bundle: RegExp): string => bundle.exec(debugged)?.[1] ?? 'unknown';
const codeCache = { cli: cacheOf(/huibao: code cache (\w+)/), pdfStack: cacheOf(/PDF stack code cache (\w+)/) };
const loadAtStart = os.loadavg()[0]!;

const rows: Row[] = [];
for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.ts')).sort()) {
  const full = path.join(casesDir, file);
  const { cases } = (await import(pathToFileURL(full).href)) as { cases: BenchCase[] };
  for (const benchCase of cases) {
    if (only && !benchCase.group.includes(only)) continue;
    process.stderr.write(`bench: ${benchCase.group} / ${benchCase.name} … `);
    const common = { group: benchCase.group, name: benchCase.name, kind: benchCase.kind, ...(benchCase.baseline ? { baseline: benchCase.baseline } : {}) };
    if (benchCase.unavailable) {
      process.stderr.write(`skipped: ${benchCase.unavailable}\n`);
      rows.push({ ...common, unavailable: benchCase.unavailable, result: { runs: 0, medianMs: NaN, minMs: NaN, maxMs: NaN } });
      continue;
    }
    const result = benchCase.kind === 'process' ? measureProcess(benchCase.command, benchCase.runs ?? 7, process.cwd(), benchCase.env) : runInProcess(full, benchCase.name);
    process.stderr.write(result.failed ? `FAILED (${result.failed})\n` : `${result.medianMs.toFixed(1)} ms\n`);
    rows.push({ ...common, ...(benchCase.bytes ? { bytes: benchCase.bytes } : {}), ...(benchCase.kind === 'process' && benchCase.goalMs ? { goalMs: benchCase.goalMs } : {}), result });
  }
}

function runInProcess(file: string, name: string): Measurement {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run-one.ts', file, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) return { runs: 0, medianMs: NaN, minMs: NaN, maxMs: NaN, failed: child.stderr.trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(child.stdout) as Measurement;
}

const mb = (bytes: number | undefined): string => (bytes === undefined ? '–' : `${(bytes / 1048576).toFixed(0)} MB`);
const throughput = (row: Row): string => (row.bytes && row.result.medianMs > 0 ? `${(row.bytes / 1048576 / (row.result.medianMs / 1000)).toFixed(1)} MB/s` : '');
/** This row's median as a multiple of its baseline's (same group), e.g. "× 1.9 vs 50 pillars". */
const ratio = (row: Row): string => {
  const base = row.baseline ? rows.find((other) => other.group === row.group && other.name === row.baseline) : undefined;
  if (!base || row.result.failed || base.result.failed || !(base.result.medianMs > 0) || !(row.result.medianMs > 0)) return '';
  return `× ${(row.result.medianMs / base.result.medianMs).toFixed(2)} vs ${base.name}`;
};
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${os.platform()}`;

// Other work on the machine slows every row; say how busy it was, so a reader can tell a quiet run from a noisy one.
const load = `Load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${os.loadavg()[0]!.toFixed(1)}, on ${os.cpus().length} cores${loadAtStart > os.cpus().length / 2 ? ' — a busy machine: these figures are slower and noisier than a quiet run' : ''}.`;
const lines = [
  '# Performance',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} — ${machine}.`,
  load,
  `The code caches made by \`npm ci\` were ${codeCache.cli} (dist/cli.cjs.cache) and ${codeCache.pdfStack} (dist/pdf-stack.cjs.cache) for the whole-process rows, except where a row says it runs without.`,
  'Medians of several runs. "process" rows are whole processes from spawn to exit (what a user waits for); "in-process" rows',
  'exclude start-up and run in a fresh process each, so their peak memory is their own. Nothing here is asserted by tests.',
  '"ratio" is this row\'s median over the named row\'s: for peers, the peer\'s time over Huibao\'s on the same content;',
  'for scale, the growth over the smallest report (×2 from 50 to 100 pillars is linear).',
  '',
  '| group | case | kind | median | min | peak memory | throughput | ratio | goal |',
  '|---|---|---|---:|---:|---:|---:|---|---|',
  ...rows.map((row) =>
    row.unavailable
      ? `| ${row.group} | ${row.name} | ${row.kind} | not installed | | | | | ${row.unavailable.replace(/\|/g, '/')} |`
      : row.result.failed
        ? `| ${row.group} | ${row.name} | ${row.kind} | failed | | | | | ${row.result.failed.replace(/\|/g, '/')} |`
        : `| ${row.group} | ${row.name} | ${row.kind} | ${row.result.medianMs.toFixed(1)} ms | ${row.result.minMs.toFixed(1)} ms | ${mb(row.result.peakRssBytes)} | ${throughput(row)} | ${ratio(row)} | ${row.goalMs ? `< ${row.goalMs} ms ${row.result.medianMs <= row.goalMs ? '✓' : '✗'}` : ''} |`,
  ),
  '',
];
const table = lines.join('\n');
process.stdout.write(table);
if (write) {
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/performance.md', table);
  writeFileSync('docs/performance.json', JSON.stringify({ date: new Date().toISOString(), machine, loadAverage: { start: loadAtStart, end: os.loadavg()[0] }, codeCache, rows }, null, 2) + '\n');
}
