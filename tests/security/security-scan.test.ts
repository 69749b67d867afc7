/**
 * The security scan (scripts/security-scan.ts, `npm run security`) fails on a deliberately insecure window and
 * passes a hardened one; its allow-list lives in docs/security.md and every entry must carry a reason.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowed, parseAllowList, stageApp, type Finding } from '../../scripts/security-scan.js';

const runScan = (dir: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/security-scan.ts', '--input', dir.startsWith('/') ? dir : `tests/security/fixtures/${dir}`], { encoding: 'utf8' });

/** The shipped bundles, staged exactly as `npm run security` stages them, optionally with an insecure window appended. */
function stagedApp(tamper: boolean): string {
  const stage = stageApp();
  if (!stage) throw new Error('no app to stage');
  if (tamper) appendFileSync(path.join(stage, 'dist/app/main.js'), '\nconst careless = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n');
  return stage;
}

describe('electronegativity scan', () => {
  it('fails on a BrowserWindow with nodeIntegration on, contextIsolation off and no sandbox (deliberately insecure fixture)', () => {
    const result = runScan('insecure-app');
    expect(result.status, result.stderr).toBe(1);
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'HTTP_RESOURCES_JS_CHECK']) {
      expect(result.stdout).toMatch(new RegExp(`FAIL .* ${id} `));
    }
  });

  it('passes a window hardened as the Electron checklist asks', () => {
    const result = runScan('hardened-app');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).not.toContain('FAIL');
    expect(result.stdout).toMatch(/0 unexplained HIGH\/MEDIUM, 0 unparseable files/);
  });
});

describe.skipIf(!existsSync('main/app/main.ts'))('the real app bundles', () => {
  it('pass the scan as shipped', () => {
    const result = runScan(stagedApp(false));
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('fail once an insecure window is added to the main bundle (deliberately broken): the allow-list entry for the same check in the same file does not cover it', () => {
    const result = runScan(stagedApp(true));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/FAIL .* CONTEXT_ISOLATION_JS_CHECK dist\/app\/main\.js:\d+ +const careless = new BrowserWindow/);
    expect(result.stdout).toMatch(/allowed .* CONTEXT_ISOLATION_JS_CHECK dist\/app\/main\.js:\d+ +const window = new BrowserWindow\(windowOptions\(/);
  });
});

describe('files the scanner would skip in silence', () => {
  it('fail the scan: a .cjs bundle and a file its parser cannot read (deliberately unscannable)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'huibao-scan-skip-'));
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist', 'main.cjs'), "require('electron');\n");
    writeFileSync(path.join(dir, 'dist', 'broken.js'), 'const = ;\n');
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "skip-fixture", "devDependencies": { "electron": "45.5.0" } }');
    const result = runScan(dir);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/could not parse dist\/main\.cjs: electronegativity does not read this extension/);
    expect(result.stdout).toMatch(/could not parse dist\/broken\.js/);
  });
});

describe('allow-list', () => {
  const finding: Finding = { id: 'PRELOAD_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'dist/app/main.js', line: 3, manualReview: true, description: '', code: 'const w = new BrowserWindow(opts(a || b));' };
  const doc = (rows: string): string => `intro\n<!-- allow-list:start -->\n| check | file | code | why |\n|---|---|---|---|\n${rows}\n<!-- allow-list:end -->\n`;

  it('reads entries with their reasons and matches by check, file and the code on the line', () => {
    const allow = parseAllowList(doc('| `PRELOAD_JS_CHECK` | `dist/app/main.js` | `new BrowserWindow(opts(a || b))` | The preload exposes three functions, reviewed in docs/security.md |'));
    expect(allow).toEqual([{ id: 'PRELOAD_JS_CHECK', file: 'dist/app/main.js', code: 'new BrowserWindow(opts(a || b))', why: 'The preload exposes three functions, reviewed in docs/security.md' }]);
    expect(isAllowed(finding, allow)).toBeDefined();
    expect(isAllowed({ ...finding, file: 'dist/app/other.js' }, allow)).toBeUndefined();
    expect(isAllowed({ ...finding, id: 'SANDBOX_JS_CHECK' }, allow)).toBeUndefined();
    expect(isAllowed({ ...finding, code: 'new BrowserWindow({ sandbox: false })' }, allow)).toBeUndefined();
    expect(isAllowed({ ...finding, code: '' }, parseAllowList(doc('| `PRELOAD_JS_CHECK` | * | * | A global finding that names no line, explained here |')))).toBeDefined();
  });

  it('refuses an entry without a real explanation or without code, and a document without the section', () => {
    expect(() => parseAllowList(doc('| `PRELOAD_JS_CHECK` | * | * | ok |'))).toThrow(/no real explanation/);
    expect(() => parseAllowList(doc('| `PRELOAD_JS_CHECK` | * |  | A reason long enough to count as one |'))).toThrow(/names no code/);
    expect(() => parseAllowList('# Security\nno list here')).toThrow(/allow-list/);
  });

  it('docs/security.md holds a valid allow-list', () => {
    expect(() => parseAllowList(readFileSync('docs/security.md', 'utf8'))).not.toThrow();
  });
});
