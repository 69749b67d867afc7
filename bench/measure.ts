/** Timing and memory measurement shared by the benchmark runner: medians over runs, peak RSS per run. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measurement {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Peak resident set size over all runs, bytes (undefined when it could not be measured). */
  readonly peakRssBytes?: number;
  readonly failed?: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(times: readonly number[], peakRssBytes?: number): Measurement {
  return {
    runs: times.length,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    ...(peakRssBytes === undefined ? {} : { peakRssBytes }),
  };
}

const gnuTime = ['/usr/bin/time'].find((candidate) => spawnSync(candidate, ['-f', '%M', 'true']).status === 0);

/**
 * Run a command `runs` times from `cwd`. Node commands report their own peak RSS through bench/max-rss.cjs;
 * other programs are wrapped in GNU time when it is installed.
 */
export function measureProcess(command: readonly string[], runs: number, cwd: string, env: NodeJS.ProcessEnv = {}): Measurement {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-bench-'));
  const times: number[] = [];
  let peak: number | undefined;
  try {
    for (let i = 0; i < runs; i++) {
      const rssFile = path.join(dir, `rss-${i}`);
      const isNode = command[0] === 'node';
      const argv = isNode ? [process.execPath, ...command.slice(1)] : gnuTime ? [gnuTime, '-f', '%M', '-o', rssFile, ...command] : [...command];
      const started = process.hrtime.bigint();
      const result = spawnSync(argv[0]!, argv.slice(1), {
        cwd,
        env: { ...process.env, ...env, ...(isNode ? { NODE_OPTIONS: `--require ${path.resolve('bench/max-rss.cjs')}`, HUIBAO_BENCH_RSS_FILE: rssFile } : {}) },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.status !== 0) {
        return { ...summarize(times.length ? times : [elapsed]), failed: `${command.join(' ')} exited ${result.status}: ${(result.stderr || result.error?.message || '').trim().split('\n').slice(-1)[0] ?? ''}` };
      }
      times.push(elapsed);
      try {
        const bytes = Number(readFileSync(rssFile, 'utf8').trim()) * (isNode ? 1 : 1024);
        if (Number.isFinite(bytes)) peak = Math.max(peak ?? 0, bytes);
      } catch {
        // no measurement for this run (GNU time missing)
      }
    }
    return summarize(times, peak);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
