// Jobs in a real worker thread, from the same bundle the app ships (built here into a temporary folder):
// results, progress, InputErrors intact across the thread, and recovery after the worker dies.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../main/engine/errors.js';
import { SelectionSchema } from '../../main/engine/selection/schema.js';
import { workerJobs } from '../../main/handlers/worker-jobs.js';
import { SAMPLE_JSON, tempDir } from './support/harness.js';

let workerFile = '';

beforeAll(async () => {
  // Inside the repo, so the bundle's external packages (yaml, zod…) resolve from node_modules as they do in dist/.
  const cache = path.resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  workerFile = path.join(mkdtempSync(path.join(cache, 'huibao-worker-')), 'worker.cjs');
  await build({
    entryPoints: ['main/app/worker.ts'],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'silent',
  });
});

describe('worker jobs', () => {
  it('imports a report in the worker and reports progress', async () => {
    const jobs = workerJobs(workerFile);
    const phases: number[] = [];
    const opened = await jobs.importReport({ name: SAMPLE_JSON, bytes: new Uint8Array(readFileSync(SAMPLE_JSON)) }, (fraction) => phases.push(fraction));
    expect(opened.report.pillars).toHaveLength(6);
    expect(opened.format).toBe('json');
    expect(phases.at(-1)).toBe(1);
    await jobs.close();
  });

  it('exports a PPTX and a summary PDF in the worker, bytes transferred back', async () => {
    const jobs = workerJobs(workerFile);
    const { report } = await jobs.importReport({ name: SAMPLE_JSON, bytes: new Uint8Array(readFileSync(SAMPLE_JSON)) }, () => undefined);
    const request = { report, templateId: 'minimal', selection: SelectionSchema.parse({ preset: 'brief' }), handout: { perPage: 2 as const, notes: false }, summary: { toc: true } };
    const phases: string[] = [];
    const pptx = await jobs.exportFile({ ...request, kind: 'pptx' }, (_fraction, phase) => phases.push(phase));
    expect(Buffer.from(pptx.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect(phases).toEqual(['plan', 'write', 'write']);
    const pdf = await jobs.exportFile({ ...request, kind: 'summary-pdf' }, () => undefined);
    expect(Buffer.from(pdf.subarray(0, 4)).toString('latin1')).toBe('%PDF');
    await expect(jobs.exportFile({ ...request, templateId: 'no-such-pack', kind: 'pptx' }, () => undefined)).rejects.toThrow(InputError);
    await jobs.close();
  }, 60_000);

  it('brings an InputError back as an InputError with its file and hint', async () => {
    const jobs = workerJobs(workerFile);
    const error = await jobs.importReport({ name: 'report.exe', bytes: new Uint8Array([1]) }, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('report.exe');
    expect((error as InputError).hint).toMatch(/Huibao reads/);
    await jobs.close();
  });

  it('runs jobs side by side and fails pending ones clearly when closed', async () => {
    const jobs = workerJobs(workerFile);
    const bytes = new Uint8Array(readFileSync(SAMPLE_JSON));
    const [a, b] = await Promise.all([jobs.importReport({ name: 'a.json', bytes }, () => undefined), jobs.importReport({ name: 'b.json', bytes }, () => undefined)]);
    expect(a.report.title).toBe(b.report.title);
    const pending = expect(jobs.importReport({ name: 'c.json', bytes }, () => undefined)).rejects.toThrow(/closing/);
    await jobs.close();
    await pending;
  });

  it('fails with a clear error when the worker cannot start, and the next job tries again', async () => {
    const jobs = workerJobs(path.join(tempDir(), 'missing-worker.cjs'));
    await expect(jobs.importReport({ name: 'a.json', bytes: new Uint8Array([123, 125]) }, () => undefined)).rejects.toThrow(/job worker/);
    await expect(jobs.importReport({ name: 'a.json', bytes: new Uint8Array([123, 125]) }, () => undefined)).rejects.toThrow(/job worker/);
    await jobs.close();
  });
});
