/**
 * A 10 MB report is handled within bounded memory: the whole command runs in a child process whose peak resident
 * memory (process.resourceUsage().maxRSS, recorded at exit by bench/max-rss.cjs) must stay under a generous 1.5 GB.
 * The figure is printed so it can be followed over time. The deliberately broken case: run the same measurement on a
 * child that holds 200 MB and check the measurement sees it (a meter that always reads zero would pass anything).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticReportOfSize } from '../../bench/fixtures/synthetic-report.js';

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
});
