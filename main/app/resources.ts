/**
 * Files the desktop app and `huibao serve` load at run time: bundles beside this one in dist/ (preload, job worker),
 * the bundled sample, the built studio. Running from source (tests, tsx) there is no worker bundle: jobs run inline.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Jobs } from '../handlers/jobs.js';
import { inlineJobs, workerJobs } from '../handlers/worker-jobs.js';
import { resourceDir } from '../node/paths.js';

export const SAMPLE_NAME = 'baiyangba-2023-q1q3.txt';

/** Folder of the running bundle (dist/ for the CLI, dist/app/ for Electron main). */
export const bundleDir = (): string => path.dirname(fileURLToPath(import.meta.url));

export function sampleFile(): string {
  return path.join(resourceDir('samples'), SAMPLE_NAME);
}

export function workerBundle(from: string = bundleDir()): string | null {
  for (const candidate of [path.join(from, 'worker.cjs'), path.join(from, 'app', 'worker.cjs')]) if (existsSync(candidate)) return candidate;
  return null;
}

export function createJobs(from?: string): Jobs {
  const worker = workerBundle(from);
  return worker ? workerJobs(worker) : inlineJobs();
}
