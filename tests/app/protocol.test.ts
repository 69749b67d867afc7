// huibao://app/ serves the built studio with the CSP, and nothing outside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../handlers/support/harness.js';

const privileged: unknown[] = [];
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes), handle: () => undefined } }));

const { respond, registerAppScheme } = await import('../../main/app/protocol.js');
const { CONTENT_SECURITY_POLICY } = await import('../../main/serve/csp.js');

function built(): string {
  const dir = tempDir('huibao-protocol-');
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(path.join(dir, 'assets', 'a.css'), 'body{}');
  return dir;
}

describe('huibao:// protocol', () => {
  const dir = built();

  it('registers the scheme as standard and secure, so the page has a real origin', () => {
    registerAppScheme();
    expect(privileged).toEqual([{ scheme: 'huibao', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
  });

  it('serves index.html at / with the CSP and the right type', async () => {
    const response = await respond(dir, 'huibao://app/', 'GET');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>studio</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await respond(dir, 'huibao://app/assets/a.css', 'GET')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses other hosts, other methods and paths that leave the folder', async () => {
    expect((await respond(dir, 'huibao://other/', 'GET')).status).toBe(404);
    expect((await respond(dir, 'huibao://app/', 'POST')).status).toBe(405);
    for (const url of ['huibao://app/%2e%2e/%2e%2e/etc/passwd', 'huibao://app/..%2f..%2fpackage.json', 'huibao://app/%00', 'huibao://app/nothing.js']) {
      const response = await respond(dir, url, 'GET');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('says the studio is not built instead of showing a blank window', async () => {
    const response = await respond(tempDir('huibao-empty-'), 'huibao://app/', 'GET');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/npm run build/);
  });
});
