/**
 * `npm run security`: scans the Electron app with @doyensec/electronegativity and fails on any HIGH or MEDIUM
 * finding that docs/security.md does not explain in its allow-list.
 *
 *   npm run security                       bundle the app for scanning and scan it
 *   npm run security -- --input DIR        scan DIR instead (tests/security uses deliberately insecure fixtures)
 *   npm run security -- --json FILE        also write every finding as JSON
 *
 * What is scanned: the main process, preload and worker (main/app/main.ts, main/preload/preload.ts,
 * main/app/worker.ts) and the studio (renderer/src/main.ts), each bundled with esbuild as ES modules, plus
 * renderer/index.html and package.json. Not the shipped CommonJS bundles: there every Electron call reads
 * `new import_electron.BrowserWindow(…)`, and electronegativity's checks match only a plain `new BrowserWindow(…)`,
 * so they would pass anything (and it does not even list .cjs files). Not the TypeScript sources either: it parses
 * them with its own TypeScript 4.2, which rejects current syntax.
 * The scan is offline: electronegativity's downloads (translations, Electron's release list) are answered "offline"
 * at once, and the release-list check (are there newer Electron releases with security fixes?) is excluded.
 * Exit codes: 0 clean, 1 unexplained findings, 2 the scan itself failed (a file it would skip, a bad allow-list).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export interface Finding {
  readonly id: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly line: number;
  readonly manualReview: boolean;
  readonly description: string;
  /** The flagged line of code, trimmed ('' for global checks, which name no line). */
  readonly code: string;
}

export interface AllowEntry {
  readonly id: string;
  /** File name relative to the scanned folder, or `*`. */
  readonly file: string;
  /**
   * Text the flagged line must contain, or `*` for any: pins the entry to the code that was reviewed, so another
   * finding of the same check in the same (single-bundle) file is not waved through.
   */
  readonly code: string;
  readonly why: string;
}

/** Severities that fail the scan unless explained. */
const FAILING = new Set(['HIGH', 'MEDIUM']);

/**
 * The allow-list is the table between the allow-list markers in docs/security.md, so every allowed finding is
 * explained where people read about security, and the two cannot drift apart.
 */
export function parseAllowList(markdown: string): AllowEntry[] {
  const match = /<!-- allow-list:start -->([\s\S]*?)<!-- allow-list:end -->/.exec(markdown);
  if (!match) throw new Error('docs/security.md has no <!-- allow-list:start --> … <!-- allow-list:end --> section');
  const entries: AllowEntry[] = [];
  for (const line of match[1]!.split('\n')) {
    // Split on pipes that are not inside `code` spans (the code column may hold `a || b`).
    const cells = line.split(/\|(?=(?:[^`]*`[^`]*`)*[^`]*$)/).map((cell) => cell.trim());
    if (cells.length < 6 || !/^[A-Z_]+$/.test(cells[1]!.replace(/`/g, ''))) continue; // header, separator, prose
    const [, id, file, code, why] = cells as [string, string, string, string, string];
    const unquote = (cell: string): string => cell.replace(/^`(.*)`$/, '$1');
    if (why.length < 20) throw new Error(`allow-list entry ${id} has no real explanation ("${why}")`);
    if (!code) throw new Error(`allow-list entry ${id} names no code (use * for a global check)`);
    entries.push({ id: unquote(id), file: unquote(file), code: unquote(code), why });
  }
  return entries;
}

export const isAllowed = (finding: Finding, allow: readonly AllowEntry[]): AllowEntry | undefined =>
  allow.find((entry) => entry.id === finding.id && (entry.file === '*' || entry.file === finding.file) && (entry.code === '*' || finding.code.includes(entry.code)));

/** Make electronegativity's `got` fail at once instead of reaching out (translations, Electron releases). */
function offlineGot(): void {
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const original = loader._load;
  const offline = Object.assign(() => Promise.reject(new Error('offline scan: no network')), { head: () => Promise.reject(new Error('offline scan: no network')) });
  loader._load = function (request, parent, isMain) {
    const from = (parent as { filename?: string } | undefined)?.filename ?? '';
    if (request === 'got' && from.includes(`${path.sep}@doyensec${path.sep}electronegativity${path.sep}`)) return offline;
    return original.call(this, request, parent, isMain);
  };
}

interface RawIssue {
  id: string;
  file: string;
  severity: { name: string };
  confidence: { name: string };
  location: { line: number };
  manualReview: boolean;
  description: string;
}

/**
 * Files electronegativity would skip without a word: those it does not list (.cjs, .mjs…) and those its parser gives
 * up on (it returns no tree and moves on). An unscanned file is not a clean one, so each is reported as an error.
 */
function unscannable(input: string): { file: string; message: string }[] {
  const { Parser } = require('@doyensec/electronegativity/dist/parser/index.js') as { Parser: new (a: boolean, b: boolean) => { parse(file: string, content: string): unknown[] } };
  const parser = new Parser(false, true);
  const out: { file: string; message: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
        continue;
      }
      const relative = path.relative(input, full);
      if (/\.(cjs|mjs|cts|mts)$/.test(entry.name)) {
        out.push({ file: relative, message: 'electronegativity does not read this extension; stage it as .js' });
        continue;
      }
      if (!/\.(jsx?|tsx?|html?)$/.test(entry.name)) continue;
      try {
        const [, data] = parser.parse(full, readFileSync(full, 'utf8'));
        if (data === null || data === undefined) out.push({ file: relative, message: 'the parser gave no syntax tree' });
      } catch (error) {
        out.push({ file: relative, message: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  walk(input);
  return out;
}

export async function scan(input: string, electronVersion: string): Promise<{ findings: Finding[]; errors: { file: string; message: string }[] }> {
  offlineGot();
  const run = require('@doyensec/electronegativity/dist/runner.js') as (options: object) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;
  const quiet = console.log;
  console.log = () => undefined; // it prints progress and "could not retrieve translations" even when used as a library
  try {
    const result = await run({ input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] });
    const lineOf = (file: string, line: number): string => {
      if (line < 1 || !existsSync(path.join(input, file))) return '';
      return (readFileSync(path.join(input, file), 'utf8').split('\n')[line - 1] ?? '').trim();
    };
    return {
      findings: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: issue.file.split(path.sep).join('/'),
        line: issue.location.line,
        manualReview: Boolean(issue.manualReview),
        description: issue.description,
        code: lineOf(issue.file, issue.location.line),
      })),
      errors: [...unscannable(input), ...result.errors.filter((error) => !error.tolerable).map(({ file, message }) => ({ file: path.relative(input, file), message }))],
    };
  } finally {
    console.log = quiet;
  }
}

/**
 * The app bundled for scanning (see the header: ES modules, so `new BrowserWindow(…)` stays visible), with the
 * studio's page and package.json. Undefined until the Electron main process exists in this tree.
 */
export function stageApp(): string | undefined {
  if (!existsSync(path.join(repo, 'main/app/main.ts'))) return undefined;
  const stage = mkdtempSync(path.join(tmpdir(), 'huibao-security-'));
  const node = { 'dist/app/main': 'main/app/main.ts', 'dist/app/preload': 'main/preload/preload.ts', 'dist/app/worker': 'main/app/worker.ts' };
  const common = { absWorkingDir: repo, outdir: stage, bundle: true, format: 'esm', logLevel: 'error', write: true } as const;
  buildSync({ ...common, entryPoints: Object.fromEntries(Object.entries(node).filter(([, file]) => existsSync(path.join(repo, file)))), platform: 'node', packages: 'external', target: 'node20' });
  if (existsSync(path.join(repo, 'renderer/src/main.ts'))) {
    const empty = Object.fromEntries(['.css', '.svg', '.png', '.woff2', '.ttf'].map((ext) => [ext, 'empty'] as const));
    buildSync({ ...common, entryPoints: { 'dist/renderer/main': 'renderer/src/main.ts' }, platform: 'browser', target: 'es2022', loader: empty });
  }
  mkdirSync(path.join(stage, 'renderer'), { recursive: true });
  if (existsSync(path.join(repo, 'renderer/index.html'))) copyFileSync(path.join(repo, 'renderer/index.html'), path.join(stage, 'renderer/index.html'));
  copyFileSync(path.join(repo, 'package.json'), path.join(stage, 'package.json'));
  return stage;
}

function electronVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  return (manifest.devDependencies?.['electron'] ?? '45.0.0').replace(/^[^\d]*/, '');
}

async function main(argv: readonly string[]): Promise<number> {
  const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const allow = parseAllowList(readFileSync(path.join(repo, 'docs/security.md'), 'utf8'));
  const given = option('--input');
  const input = given ? path.resolve(given) : stageApp();
  if (!input) {
    // Only until the Electron main process exists in this tree; from then on the app is always scanned.
    process.stdout.write('security: nothing to scan — main/app/main.ts does not exist yet\n');
    return 0;
  }
  try {
    const { findings, errors } = await scan(input, electronVersion());
    const jsonOut = option('--json');
    if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ input, findings, errors }, null, 2) + '\n');
    const failing = findings.filter((finding) => FAILING.has(finding.severity) && !isAllowed(finding, allow));
    for (const finding of findings) {
      const allowed = FAILING.has(finding.severity) ? isAllowed(finding, allow) : undefined;
      const mark = failing.includes(finding) ? 'FAIL' : allowed ? 'allowed' : 'note';
      process.stdout.write(`security: ${mark.padEnd(7)} ${finding.severity.padEnd(13)} ${finding.id} ${finding.file}:${finding.line}${finding.manualReview ? ' (review required)' : ''}${finding.code ? `  ${finding.code.slice(0, 100)}` : ''}\n`);
    }
    for (const entry of allow) if (!findings.some((finding) => isAllowed(finding, [entry]))) process.stdout.write(`security: stale allow-list entry ${entry.id} ${entry.file} (no longer found; remove it from docs/security.md)\n`);
    for (const error of errors) process.stdout.write(`security: FAIL could not parse ${error.file}: ${error.message}\n`);
    const scanned = given ? input : 'main/app/main.ts, main/preload/preload.ts, main/app/worker.ts, renderer/src/main.ts (bundled as ES modules), renderer/index.html, package.json';
    process.stdout.write(`security: scanned ${scanned}: ${findings.length} findings, ${failing.length} unexplained HIGH/MEDIUM, ${errors.length} unparseable files\n`);
    if (errors.length) return 2;
    return failing.length ? 1 : 0;
  } finally {
    if (!given) rmSync(input, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`security: the scan failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
