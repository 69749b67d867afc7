/**
 * The security scan (scripts/security-scan.ts, `npm run security`) fails on a deliberately insecure window and
 * passes a hardened one; its allow-list lives in docs/security.md and every entry must carry a reason.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllowed, parseAllowList, type Finding } from '../../scripts/security-scan.js';

const runScan = (dir: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/security-scan.ts', '--input', `tests/security/fixtures/${dir}`], { encoding: 'utf8' });

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

describe('allow-list', () => {
  const finding: Finding = { id: 'PRELOAD_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'dist/app/main.cjs', line: 3, manualReview: true, description: '' };
  const doc = (rows: string): string => `intro\n<!-- allow-list:start -->\n| check | file | why |\n|---|---|---|\n${rows}\n<!-- allow-list:end -->\n`;

  it('reads entries with their reasons and matches by check and file', () => {
    const allow = parseAllowList(doc('| `PRELOAD_JS_CHECK` | `dist/app/main.cjs` | The preload exposes three functions, reviewed in docs/security.md |'));
    expect(allow).toHaveLength(1);
    expect(isAllowed(finding, allow)).toBeDefined();
    expect(isAllowed({ ...finding, file: 'dist/app/other.cjs' }, allow)).toBeUndefined();
    expect(isAllowed({ ...finding, id: 'SANDBOX_JS_CHECK' }, allow)).toBeUndefined();
  });

  it('refuses an entry without a real explanation, and a document without the section', () => {
    expect(() => parseAllowList(doc('| `PRELOAD_JS_CHECK` | * | ok |'))).toThrow(/no real explanation/);
    expect(() => parseAllowList('# Security\nno list here')).toThrow(/allow-list/);
  });

  it('docs/security.md holds a valid allow-list', () => {
    expect(() => parseAllowList(readFileSync('docs/security.md', 'utf8'))).not.toThrow();
  });
});
