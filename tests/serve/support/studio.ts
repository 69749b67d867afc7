/** A `huibao serve` studio on a random loopback port, with a tiny built page, a fake engine and recording exports. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import type { Jobs } from '../../../main/handlers/jobs.js';
import { inlineJobs } from '../../../main/handlers/worker-jobs.js';
import { startStudio, type Studio, type StudioOptions } from '../../../main/serve/studio.js';
import { fakeEngine } from '../../handlers/support/fake-engine.js';
import { SAMPLE_JSON, tempDir } from '../../handlers/support/harness.js';

export function pageDir(): string {
  const dir = tempDir('huibao-renderer-');
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Huibao</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log("studio");');
  return dir;
}

export function exportJobs(): Jobs {
  return { ...inlineJobs(), exportFile: async (request) => new TextEncoder().encode(`%PDF-fake ${request.kind}`) };
}

export async function studio(options: Partial<StudioOptions> = {}): Promise<Studio & { outDir: string; userDataDir: string }> {
  const outDir = options.outDir ?? tempDir('huibao-serve-out-');
  const userDataDir = options.userDataDir ?? tempDir('huibao-serve-data-');
  const started = await startStudio({
    outDir,
    userDataDir,
    rendererDir: pageDir(),
    sampleFile: SAMPLE_JSON,
    info: { name: 'Huibao', version: '0.0.0-test', locale: 'en', platform: process.platform },
    engine: fakeEngine(),
    jobs: exportJobs(),
    logError: () => undefined,
    ...options,
  });
  return Object.assign(started, { outDir, userDataDir });
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A request with full control of the headers (fetch will not let a test forge Host). */
export function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
