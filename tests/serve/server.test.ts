// `huibao serve` over real HTTP on loopback: who may call (token, Host), what comes back (CSP, no CORS), the
// contract's channels, Server-Sent Events, downloads of exports, and a clean close that keeps pending edits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../main/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../main/serve/csp.js';
import type { Studio } from '../../main/serve/studio.js';
import { SAMPLE_JSON } from '../handlers/support/harness.js';
import { raw, studio } from './support/studio.js';

const TOKEN = 'test-token-0123456789';
const running: Studio[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

async function start(options: Parameters<typeof studio>[0] = {}): Promise<Awaited<ReturnType<typeof studio>>> {
  const s = await studio({ token: TOKEN, ...options });
  running.push(s);
  return s;
}

function api(s: Studio, channel: string, args: unknown = {}, headers: Record<string, string> = {}): Promise<{ status: number; reply: Reply<unknown> }> {
  return raw(s.server.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { host: `127.0.0.1:${s.server.port}`, 'content-type': 'application/json', 'x-huibao-token': TOKEN, ...headers },
    body: JSON.stringify(args),
  }).then((r) => ({ status: r.status, reply: JSON.parse(r.body) as Reply<unknown> }));
}

describe('huibao serve: access', () => {
  it('listens on 127.0.0.1 and names the page with its token', async () => {
    const s = await start();
    expect(s.server.url).toBe(`http://127.0.0.1:${s.server.port}/?token=${TOKEN}`);
  });

  it('serves the page only with the token, then sets a same-site cookie for its files', async () => {
    const s = await start();
    const host = { host: `127.0.0.1:${s.server.port}` };
    expect((await raw(s.server.port, { path: '/', headers: host })).status).toBe(401);
    expect((await raw(s.server.port, { path: '/?token=wrong', headers: host })).status).toBe(401);
    expect((await raw(s.server.port, { path: '/assets/app.js', headers: host })).status).toBe(401);
    const page = await raw(s.server.port, { path: `/?token=${TOKEN}`, headers: host });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Huibao</title>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['cache-control']).toBe('no-store');
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const script = await raw(s.server.port, { path: '/assets/app.js', headers: { ...host, cookie } });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const s = await start();
    for (const host of ['evil.example', `evil.example:${s.server.port}`, `127.0.0.1:${s.server.port + 1}`, '127.0.0.1']) {
      expect((await raw(s.server.port, { path: `/?token=${TOKEN}`, headers: { host } })).status).toBe(403);
      const call = await raw(s.server.port, { method: 'POST', path: '/api/appInfo', headers: { host, 'content-type': 'application/json', 'x-huibao-token': TOKEN }, body: '{}' });
      expect(call.status).toBe(403);
    }
    expect((await raw(s.server.port, { path: `/?token=${TOKEN}`, headers: { host: `localhost:${s.server.port}` } })).status).toBe(200);
  }, 30_000);

  it('wants the API token in the header, JSON in, and never answers with CORS headers', async () => {
    const s = await start();
    expect((await api(s, 'appInfo', {}, { 'x-huibao-token': '' })).status).toBe(401);
    expect((await api(s, 'appInfo', {}, { 'x-huibao-token': `${TOKEN}x` })).status).toBe(401);
    const viaQueryOnly = await raw(s.server.port, { method: 'POST', path: `/api/appInfo?token=${TOKEN}`, headers: { host: `127.0.0.1:${s.server.port}`, 'content-type': 'application/json' }, body: '{}' });
    expect(viaQueryOnly.status).toBe(401);
    expect((await api(s, 'appInfo', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    const preflight = await raw(s.server.port, { method: 'OPTIONS', path: '/api/appInfo', headers: { host: `127.0.0.1:${s.server.port}`, origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(405);
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    const ok = await api(s, 'appInfo', {}, { origin: 'http://evil.example' });
    expect(Object.keys(ok.reply)).toEqual(['ok', 'value']);
  });

  it('does not serve files outside the page folder', async () => {
    const s = await start();
    const headers = { host: `127.0.0.1:${s.server.port}` };
    for (const p of ['/%2e%2e/%2e%2e/package.json', '/..%2fpackage.json', '/%2Fetc%2Fpasswd', '/assets/%00.js', '/%E0%A4%A']) {
      expect((await raw(s.server.port, { path: `${p}${p.includes('?') ? '&' : '?'}token=${TOKEN}`, headers })).status).toBe(404);
    }
  });
});

describe('huibao serve: the contract over HTTP', () => {
  it('answers channels with Replies, input errors as 422 with file and hint', async () => {
    const s = await start();
    const info = await api(s, 'appInfo');
    expect(info).toMatchObject({ status: 200, reply: { ok: true, value: { mode: 'serve', locale: 'en', features: { nativeDialogs: false } } } });
    const missing = await api(s, 'openPath', { path: '/no/such/file.txt' });
    expect(missing).toMatchObject({ status: 422, reply: { ok: false, error: { kind: 'input', file: '/no/such/file.txt', hint: 'Check the path and try again' } } });
    expect(await api(s, 'deleteEverything')).toMatchObject({ status: 404, reply: { ok: false, error: { message: 'unknown channel "deleteEverything"' } } });
    expect(await api(s, '%E0%A4%A')).toMatchObject({ status: 404, reply: { ok: false } });
    expect(await api(s, '__proto__')).toMatchObject({ status: 404, reply: { ok: false } });
    const notJson = await raw(s.server.port, { method: 'POST', path: '/api/appInfo', headers: { host: `127.0.0.1:${s.server.port}`, 'content-type': 'application/json', 'x-huibao-token': TOKEN }, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('opens FILE before the page asks, and fails the start for a bad FILE', async () => {
    const s = await start({ file: SAMPLE_JSON });
    const doc = await api(s, 'getDocument');
    expect(doc.reply).toMatchObject({ ok: true, value: { path: SAMPLE_JSON, report: { pillars: expect.any(Array) } } });
    await expect(studio({ token: TOKEN, file: '/no/such/report.docx' })).rejects.toThrow(/file not found/);
  });

  it('streams progress and autosave events to the page', async () => {
    const s = await start();
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${s.server.port}/api/events?token=${TOKEN}`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    const opened = await api(s, 'openSample', { jobId: 'open-7' });
    expect(opened.status).toBe(200);
    const id = (opened.reply as { value: { id: string; state: { selection: unknown } } }).value.id;
    await api(s, 'updateDocument', { documentId: id, selection: { preset: 'full' } });
    await s.ctx.autosave.flush();
    let text = '';
    while (!text.includes('event: saved')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('event: progress\ndata: {"jobId":"open-7","fraction":0,"phase":"import"}');
    expect(text).toMatch(/event: saved\ndata: \{"documentId":"[^"]+","projectFile":"[^"]+huibao\.json"/);
  });

  it('exports into the output folder and lets the page download only what it exported', async () => {
    const s = await start();
    const doc = (await api(s, 'openSample')).reply as { value: { id: string } };
    const exported = await api(s, 'exportFile', { documentId: doc.value.id, kind: 'summary-pdf' });
    const value = (exported.reply as { value: { path: string; name: string; downloadUrl: string } }).value;
    expect(value.path).toBe(path.join(s.outDir, 'baiyangba-2023-q1q3.report-summary.pdf'));
    expect(readFileSync(value.path, 'utf8')).toBe('%PDF-fake summary-pdf');
    expect(value.downloadUrl).toBe('/download/baiyangba-2023-q1q3.report-summary.pdf');
    const host = { host: `127.0.0.1:${s.server.port}` };
    expect((await raw(s.server.port, { path: value.downloadUrl, headers: host })).status).toBe(401);
    const file = await raw(s.server.port, { path: `${value.downloadUrl}?token=${TOKEN}`, headers: host });
    expect(file.status).toBe(200);
    expect(file.body).toBe('%PDF-fake summary-pdf');
    expect(file.headers['content-disposition']).toBe("attachment; filename*=UTF-8''baiyangba-2023-q1q3.report-summary.pdf");
    expect((await raw(s.server.port, { path: `/download/other.pdf?token=${TOKEN}`, headers: host })).status).toBe(404);
    expect((await raw(s.server.port, { path: `/download/..%2f..%2fetc%2fpasswd?token=${TOKEN}`, headers: host })).status).toBe(404);
  });

  it('serves the preview font', async () => {
    const s = await start();
    const font = await raw(s.server.port, { method: 'HEAD', path: `/fonts/noto-sans-sc-700.ttf?token=${TOKEN}`, headers: { host: `127.0.0.1:${s.server.port}` } });
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/ttf');
  });

  it('writes pending edits when it closes', async () => {
    const s = await studio({ token: TOKEN });
    const doc = (await api(s, 'openSample')).reply as { value: { id: string; projectFile: string } };
    await api(s, 'updateDocument', { documentId: doc.value.id, selection: { preset: 'onepage' } });
    await s.close();
    expect(JSON.parse(readFileSync(doc.value.projectFile, 'utf8'))).toMatchObject({ selection: { preset: 'onepage' } });
  });
});
