/**
 * `npm run security`: scans the Electron app with @doyensec/electronegativity and fails on any HIGH or MEDIUM
 * finding that docs/security.md does not explain in its allow-list.
 *
 *   npm run security                       build the bundles, scan dist/app/*.cjs + renderer/index.html + package.json
 *   npm run security -- --input DIR        scan DIR instead (tests/security uses deliberately insecure fixtures)
 *   npm run security -- --json FILE        also write every finding as JSON
 *
 * The bundles are scanned rather than the TypeScript sources because electronegativity parses TypeScript with its
 * own TypeScript 4.2, which does not know today's syntax (`satisfies`). The scan is offline: electronegativity
 * fetches translations and Electron's release list with `got`; a stub answers "offline" at once, and the
 * release-list check (are there newer Electron releases with security fixes?) is excluded — npm tells that.
 * Exit codes: 0 clean, 1 unexplained findings, 2 the scan itself failed (unparseable file, bad allow-list).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
}

export interface AllowEntry {
  readonly id: string;
  /** File name relative to the scanned folder, or `*`. */
  readonly file: string;
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
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 5 || !/^[A-Z_]+$/.test(cells[1]!.replace(/`/g, ''))) continue; // header, separator, prose
    const [, id, file, why] = cells as [string, string, string, string];
    if (why.length < 20) throw new Error(`allow-list entry ${id} has no real explanation ("${why}")`);
    entries.push({ id: id.replace(/`/g, ''), file: file.replace(/`/g, ''), why });
  }
  return entries;
}

export const isAllowed = (finding: Finding, allow: readonly AllowEntry[]): AllowEntry | undefined =>
  allow.find((entry) => entry.id === finding.id && (entry.file === '*' || entry.file === finding.file));

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

export async function scan(input: string, electronVersion: string): Promise<{ findings: Finding[]; errors: { file: string; message: string }[] }> {
  offlineGot();
  const run = require('@doyensec/electronegativity/dist/runner.js') as (options: object) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;
  const quiet = console.log;
  console.log = () => undefined; // it prints progress and "could not retrieve translations" even when used as a library
  try {
    const result = await run({ input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] });
    return {
      findings: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: issue.file.split(path.sep).join('/'),
        line: issue.location.line,
        manualReview: Boolean(issue.manualReview),
        description: issue.description,
      })),
      errors: result.errors.filter((error) => !error.tolerable).map(({ file, message }) => ({ file: path.relative(input, file), message })),
    };
  } finally {
    console.log = quiet;
  }
}

/** The app as shipped: the main-process and preload bundles, the renderer's page, and package.json. */
function stageApp(): string | undefined {
  if (!existsSync(path.join(repo, 'main/app/main.ts'))) return undefined;
  const build = spawnSync(process.execPath, ['scripts/build-node.mjs'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the bundles failed');
  const stage = mkdtempSync(path.join(tmpdir(), 'huibao-security-'));
  const bundles = readdirSync(path.join(repo, 'dist/app')).filter((name) => name.endsWith('.cjs'));
  if (!bundles.includes('main.cjs')) throw new Error('dist/app/main.cjs was not built');
  mkdirSync(path.join(stage, 'dist/app'), { recursive: true });
  // Staged as .js: electronegativity only reads .js/.jsx/.ts/.tsx/.html files and silently skips .cjs.
  for (const name of bundles) copyFileSync(path.join(repo, 'dist/app', name), path.join(stage, 'dist/app', name.replace(/\.cjs$/, '.js')));
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
      process.stdout.write(`security: ${mark.padEnd(7)} ${finding.severity.padEnd(13)} ${finding.id} ${finding.file}:${finding.line}${finding.manualReview ? ' (review required)' : ''}\n`);
    }
    for (const entry of allow) if (!findings.some((finding) => isAllowed(finding, [entry]))) process.stdout.write(`security: stale allow-list entry ${entry.id} ${entry.file} (no longer found; remove it from docs/security.md)\n`);
    for (const error of errors) process.stdout.write(`security: FAIL could not parse ${error.file}: ${error.message}\n`);
    const scanned = given ? input : 'dist/app/*.cjs, renderer/index.html, package.json';
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
