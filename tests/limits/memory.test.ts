/**
 * A 10 MB report is handled within bounded memory: the whole command runs in a child process whose peak resident
 * memory (process.resourceUsage().maxRSS, recorded at exit by bench/max-rss.cjs) must stay under a generous 1.5 GB,
 * for a structured report and for raw text through the importer. The figures are printed so they can be followed.
 * A Word file that is small on disk but inflates to hundreds of MB (a zip bomb) must be refused cheaply. The deliberately broken case: run the same measurement on a
 * child that holds 200 MB and check the measurement sees it (a meter that always reads zero would pass anything).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticReportOfSize } from '../../bench/fixtures/synthetic-report.js';
import { zipBombDocx } from './support/zip-bomb.js';

const LIMIT = 1.5 * 1024 ** 3;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'huibao-memory-'));
  execFileSync(process.execPath, ['scripts/build-node.mjs']);
});

/** Run `node args…` and return its exit status and peak RSS in bytes. */
function peakOf(args: readonly string[]): { status: number | null; stderr: string; peak: number } {
  const rssFile = path.join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `--require ${path.resolve('bench/max-rss.cjs')}`, HUIBAO_BENCH_RSS_FILE: rssFile },
  });
  return { status: result.status, stderr: result.stderr, peak: Number(readFileSync(rssFile, 'utf8')) };
}

describe('bounded memory', () => {
  it('the meter sees memory a process holds (deliberately greedy child)', () => {
    const { status, peak } = peakOf(['-e', 'globalThis.keep = Buffer.alloc(200 * 1024 * 1024, 1)']);
    expect(status).toBe(0);
    expect(peak).toBeGreaterThan(200 * 1024 * 1024);
  });

  it('validates a 10 MB structured report under 1.5 GB', () => {
    const file = path.join(dir, 'big.report.json');
    writeFileSync(file, JSON.stringify(syntheticReportOfSize(10 * 1024 * 1024, 'json').report));
    expect(statSync(file).size).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const { status, stderr, peak } = peakOf(['bin/huibao.cjs', 'validate', file]);
    expect(status, stderr).toBe(0);
    console.log(`huibao validate, ${(statSync(file).size / 1048576).toFixed(1)} MB report: peak RSS ${(peak / 1048576).toFixed(0)} MB`);
    expect(peak).toBeLessThan(LIMIT);
  });

  it('imports a 10 MB raw text report under 1.5 GB', () => {
    const file = path.join(dir, 'big.txt');
    writeFileSync(file, syntheticReportOfSize(10 * 1024 * 1024, 'text').text);
    const { status, stderr, peak } = peakOf(['bin/huibao.cjs', 'import', file, '-o', path.join(dir, 'big.imported.json')]);
    expect(status, stderr).toBe(0);
    console.log(`huibao import, ${(statSync(file).size / 1048576).toFixed(1)} MB text: peak RSS ${(peak / 1048576).toFixed(0)} MB`);
    expect(peak).toBeLessThan(LIMIT);
  });

  // Regression: mammoth inflated the whole zip unbounded (200 MB → ~1 GB, 10 s); main/engine/ingest/zip-limits.ts stops at a cap.
  it('refuses a Word zip bomb (200 KB on disk, 200 MB inflated) within 400 MB (time is logged, not asserted)', () => {
    const file = path.join(dir, 'bomb.docx');
    writeFileSync(file, zipBombDocx(200 * 1024 * 1024));
    expect(statSync(file).size).toBeLessThan(300 * 1024);
    const started = Date.now();
    const { status, stderr, peak } = peakOf(['bin/huibao.cjs', 'import', file, '-o', path.join(dir, 'bomb.json')]);
    const seconds = (Date.now() - started) / 1000;
    console.log(`huibao import, zip bomb: exit ${status}, peak RSS ${(peak / 1048576).toFixed(0)} MB, ${seconds.toFixed(1)} s`);
    expect(status, stderr).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(peak).toBeLessThan(400 * 1024 * 1024);
  });
});
