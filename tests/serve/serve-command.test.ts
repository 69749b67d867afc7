// `huibao serve` end to end with the real engine: the printed address, the studio's calls (open, plan, templates,
// export all three kinds), and a clean stop. In process for the engine work; as a real process for SIGINT.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentView, ExportedFile, PlannedDeck, Reply, TemplateInfo } from '../../main/contract.js';
import { parsePort, registerServe } from '../../main/cli/commands/serve.js';
import { tempDir } from '../handlers/support/harness.js';

const SAMPLE_TXT = path.resolve('assets/samples/baiyangba-2023-q1q3.txt');

async function call<T>(url: string, channel: string, args: unknown = {}): Promise<T> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-huibao-token': searchParams.get('token') ?? '' }, body: JSON.stringify(args) });
  const reply = (await response.json()) as Reply<T>;
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.value;
}

describe('huibao serve FILE (in process, real engine)', () => {
  const out: string[] = [];
  const err: string[] = [];
  let stop: () => void = () => undefined;
  let running: Promise<unknown> = Promise.resolve();
  const outDir = tempDir('huibao-serve-cmd-out-');
  let url = '';

  beforeAll(async () => {
    const program = new Command('huibao').exitOverride();
    registerServe(program, { out: (l) => out.push(l), err: (l) => err.push(l), write: (t) => out.push(t) }, () => new Promise<void>((resolve) => (stop = resolve)));
    running = program.parseAsync(['serve', SAMPLE_TXT, '--port', '0', '--out-dir', outDir, '--data-dir', tempDir('huibao-serve-cmd-data-')], { from: 'user' });
    const printed = (async () => {
      while (out.length === 0) await new Promise((resolve) => setImmediate(resolve));
    })();
    // If serve fails to start, fail with its error instead of waiting for a line that never comes.
    await Promise.race([printed, running.then(() => Promise.reject(new Error(`serve ended before printing its address: ${err.join('\n')}`)))]);
    url = out[0]!;
  }, 60_000);

  afterAll(async () => {
    stop();
    await running;
  });

  it('prints the address with its token as the first line on stdout', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    expect(out).toHaveLength(1);
  });

  it('has the report open, and plans the deck for the preview', async () => {
    const doc = await call<DocumentView>(url, 'getDocument');
    expect(doc.path).toBe(SAMPLE_TXT);
    expect(doc.format).toBe('txt');
    expect(doc.report.pillars.length).toBeGreaterThan(3);
    const started = performance.now();
    const planned = await call<PlannedDeck>(url, 'planDeck', { documentId: doc.id });
    const first = performance.now() - started;
    const again = performance.now();
    await call<PlannedDeck>(url, 'planDeck', { documentId: doc.id });
    console.info(`planDeck over HTTP: first ${first.toFixed(0)} ms (loads packs and font metrics), then ${(performance.now() - again).toFixed(0)} ms`);
    expect(planned.deck.slides.length).toBeGreaterThan(3);
    expect(planned.deck.slides[0]?.kind).toBe('title');
  }, 60_000);

  it('lists the built-in packs with title-slide thumbnails', async () => {
    const templates = await call<TemplateInfo[]>(url, 'listTemplates');
    expect(templates.map((t) => t.id)).toEqual(expect.arrayContaining(['gov-blue', 'party-red', 'minimal']));
    for (const template of templates) {
      expect(template.name.zh.length).toBeGreaterThan(0);
      expect(template.thumbnail?.kind).toBe('title');
    }
  }, 60_000);

  it('exports a PPTX, a summary PDF and a handout PDF into the output folder', async () => {
    const doc = await call<DocumentView>(url, 'getDocument');
    for (const [kind, magic] of [['pptx', 'PK'], ['summary-pdf', '%PDF'], ['handout-pdf', '%PDF']] as const) {
      const file = await call<ExportedFile>(url, 'exportFile', { documentId: doc.id, kind });
      expect(path.dirname(file.path)).toBe(path.resolve(outDir));
      expect(readFileSync(file.path).subarray(0, magic.length).toString('latin1')).toBe(magic);
      expect(file.downloadUrl).toBe(`/download/${encodeURIComponent(file.name)}`);
    }
  }, 120_000);

  it('checks --port', () => {
    expect(parsePort(undefined)).toBeUndefined();
    expect(parsePort('8765')).toBe(8765);
    expect(() => parsePort('http')).toThrow(/not a port number/);
    expect(() => parsePort('70000')).toThrow(/not a port number/);
  });
});

describe('huibao serve as a process', () => {
  let cli = '';

  beforeAll(async () => {
    // Built into the repo's node_modules/.cache so the bundle's packages resolve as they do from dist/.
    const cache = path.resolve('node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(path.join(cache, 'huibao-serve-bin-'));
    const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'silent', define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } } as const;
    await build({ ...common, entryPoints: ['main/cli/main.ts'], outfile: path.join(dir, 'cli.cjs') });
    await build({ ...common, entryPoints: ['main/app/worker.ts'], outfile: path.join(dir, 'app', 'worker.cjs') });
    cli = path.join(dir, 'cli.cjs');
  }, 60_000);

  it('answers at the printed address, exports in its worker thread, and stops cleanly on SIGINT', async () => {
    expect(existsSync(cli)).toBe(true);
    const child = spawn(process.execPath, ['-e', `require(${JSON.stringify(cli)}).runCli(process.argv.slice(1)).then((code) => { process.exitCode = code; })`, 'serve', '--out-dir', tempDir('huibao-serve-proc-'), '--data-dir', tempDir('huibao-serve-proc-data-')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
    expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect((await call<{ mode: string }>(firstLine, 'appInfo')).mode).toBe('serve');
    // The built CLI finds app/worker.cjs beside it: the import and the export below run in the worker thread.
    const doc = await call<DocumentView>(firstLine, 'openSample');
    expect(doc.format).toBe('txt');
    const exported = await call<ExportedFile>(firstLine, 'exportFile', { documentId: doc.id, kind: 'handout-pdf', handout: { perPage: 4, notes: true } });
    expect(readFileSync(exported.path).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain('huibao serve: stopped');
  }, 60_000);

  it('exits 2 with one clear line for a report that does not exist', async () => {
    const child = spawn(process.execPath, ['-e', `require(${JSON.stringify(cli)}).runCli(process.argv.slice(1)).then((code) => { process.exitCode = code; })`, 'serve', '/no/such/周报.docx'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('huibao: /no/such/周报.docx: cannot read: file not found. Check the path and try again');
  }, 60_000);
});
