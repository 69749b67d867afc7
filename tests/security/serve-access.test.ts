/**
 * `huibao serve` must answer nobody but the page it printed the address of. A matrix of hostile requests runs against
 * the real server (main/serve/server.ts, with a dispatcher that only counts calls): no token, a wrong token, the token
 * in the wrong place, a foreign Host header (DNS rebinding), a cross-site Origin, path traversal to files beside the
 * studio, downloads of files that were not exported, oversized bodies. None may reach the dispatcher or a file, and
 * every answer carries the security headers and no CORS grant. The deliberately broken case runs the same matrix
 * against a naive server with no checks and requires the matrix to flag it.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStream } from '../../main/serve/event-stream.js';
import { startServer, type RunningServer } from '../../main/serve/server.js';

const TOKEN = 'serve-access-token-4f1c9a';
const SECRET = 'secret beside the studio';
let server: RunningServer;
let dispatched = 0;
let exportedDir: string;

beforeAll(async () => {
  const base = mkdtempSync(path.join(tmpdir(), 'huibao-serve-access-'));
  const renderer = path.join(base, 'renderer');
  exportedDir = path.join(base, 'out');
  mkdirSync(renderer);
  mkdirSync(exportedDir);
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  writeFileSync(path.join(exportedDir, 'deck.pptx'), 'deck');
  writeFileSync(path.join(exportedDir, 'not-exported.pptx'), SECRET);
  server = await startServer({
    dispatch: async () => {
      dispatched++;
      return { ok: true, value: null };
    },
    events: createEventStream(),
    token: TOKEN,
    rendererDir: renderer,
    download: (name) => (name === 'deck.pptx' ? path.join(exportedDir, 'deck.pptx') : null),
  });
});

afterAll(async () => {
  await server?.close();
});

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${options.method ?? 'GET'} ${options.path}`)));
    req.end(options.body);
  });
}

interface Attempt {
  readonly what: string;
  readonly method?: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** Requests that must all be refused, for a server on `port`. */
function hostileRequests(port: number): Attempt[] {
  const host = `127.0.0.1:${port}`;
  const json = { 'content-type': 'application/json' };
  const api = (what: string, headers: Record<string, string>, channel = 'appInfo'): Attempt => ({ what, method: 'POST', path: `/api/${channel}`, headers: { ...json, ...headers }, body: '{}' });
  const foreignHosts = ['evil.example', `evil.example:${port}`, `localhost.evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `[::1]:${port}`, `0.0.0.0:${port}`, `127.0.0.1:${port}.evil.example`, `127.0.0.1:${port}@evil.example`];
  return [
    api('API without a token', { host }),
    api('API with a wrong token', { host, 'x-huibao-token': 'guess' }),
    api('API with the token only in the query', { host }, `appInfo?token=${TOKEN}`),
    api('API with the token only in a cookie', { host, cookie: `huibao-token-${port}=${TOKEN}` }),
    api('API with the token as text/plain (a simple cross-site POST)', { host, 'x-huibao-token': TOKEN, 'content-type': 'text/plain' }),
    { what: 'API by GET', path: '/api/appInfo', headers: { host, 'x-huibao-token': TOKEN } },
    ...foreignHosts.map((foreign) => api(`API with the token and Host ${foreign}`, { host: foreign, 'x-huibao-token': TOKEN })),
    ...foreignHosts.map((foreign): Attempt => ({ what: `page with the token and Host ${foreign}`, path: `/?token=${TOKEN}`, headers: { host: foreign } })),
    { what: 'page without a token', path: '/', headers: { host } },
    { what: 'page with a wrong token', path: '/?token=guess', headers: { host } },
    { what: 'event stream without a token', path: '/api/events', headers: { host } },
    { what: 'download without a token', path: '/download/deck.pptx', headers: { host } },
    ...['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '//..//secret.txt', '/renderer/../../secret.txt', '/%252e%252e/secret.txt', '/index.html%00.txt'].map(
      (p): Attempt => ({ what: `file ${p}`, path: `${p}${p.includes('?') ? '&' : '?'}token=${TOKEN}`, headers: { host } }),
    ),
    ...['not-exported.pptx', '..%2fsecret.txt', '%2e%2e%2fsecret.txt', '..%2f..%2fsecret.txt', '.%2fnot-exported.pptx'].map(
      (name): Attempt => ({ what: `download ${name}`, path: `/download/${name}?token=${TOKEN}`, headers: { host } }),
    ),
  ];
}

/** Run the matrix; return what went wrong (empty when every request was refused properly). */
async function violations(port: number, countDispatched: () => number): Promise<string[]> {
  const found: string[] = [];
  for (const attempt of hostileRequests(port)) {
    const before = countDispatched();
    const answer = await send(port, attempt);
    if (answer.status < 400) found.push(`${attempt.what}: answered ${answer.status}`);
    if (answer.body.includes(SECRET) || answer.body === 'deck') found.push(`${attempt.what}: leaked a file`);
    if (countDispatched() !== before) found.push(`${attempt.what}: reached the dispatcher`);
    if (answer.headers['access-control-allow-origin'] !== undefined) found.push(`${attempt.what}: granted CORS`);
    if (!String(answer.headers['content-security-policy'] ?? '').includes("default-src 'none'")) found.push(`${attempt.what}: no CSP`);
  }
  return found;
}

describe('huibao serve refuses every request that is not from its own page', () => {
  it('the hostile matrix: no token, wrong token, foreign Host, traversal, downloads not exported', async () => {
    expect(await violations(server.port, () => dispatched)).toEqual([]);
  });

  it('the same requests with the token and the right Host do work (the matrix is not refusing everything)', async () => {
    const host = `127.0.0.1:${server.port}`;
    const before = dispatched;
    expect((await send(server.port, { method: 'POST', path: '/api/appInfo', headers: { host, 'content-type': 'application/json', 'x-huibao-token': TOKEN }, body: '{}' })).status).toBe(200);
    expect(dispatched).toBe(before + 1);
    const page = await send(server.port, { path: `/?token=${TOKEN}`, headers: { host: `localhost:${server.port}` } });
    expect(page.status).toBe(200);
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await send(server.port, { path: '/download/deck.pptx', headers: { host, cookie: `huibao-token-${server.port}=${TOKEN}` } })).body).toBe('deck');
  });

  it('refuses an oversized body with 413 before dispatching', async () => {
    const before = dispatched;
    const big = Buffer.alloc(29 * 1024 * 1024, 0x20);
    const answer = await send(server.port, { method: 'POST', path: '/api/openBytes', headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-huibao-token': TOKEN }, body: big });
    expect(answer.status).toBe(413);
    expect(dispatched).toBe(before);
  });

  it('listens on 127.0.0.1 only: another loopback address gets no connection', async () => {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.2', port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  // Was a known bug (a URIError answered as 500); the server now compares the raw name and answers 404.
  it('a malformed channel name is a bad request, not an internal error', async () => {
    const answer = await send(server.port, { method: 'POST', path: '/api/%E0%A4%A', headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-huibao-token': TOKEN }, body: '{}' });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });
});

describe('the matrix can fail', () => {
  let naive: Server;
  let naiveCalls = 0;

  beforeAll(async () => {
    // Deliberately broken: answers everything, sends no security headers, grants CORS, serves any file name.
    naive = createServer((req, res) => {
      if (req.url?.startsWith('/api/')) naiveCalls++;
      res.writeHead(200, { 'access-control-allow-origin': '*' });
      res.end(req.url?.includes('secret') ? SECRET : 'ok');
    });
    await new Promise<void>((resolve) => naive.listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise<void>((resolve) => naive.close(() => resolve())));

  it('flags a server with no token, Host, traversal or header checks', async () => {
    const found = await violations((naive.address() as AddressInfo).port, () => naiveCalls);
    expect(found.length).toBeGreaterThan(20);
    expect(found.some((v) => v.startsWith('API without a token'))).toBe(true);
    expect(found.some((v) => v.includes('Host evil.example'))).toBe(true);
    expect(found.some((v) => v.includes('leaked a file'))).toBe(true);
  });
});
