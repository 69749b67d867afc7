/**
 * `huibao serve`'s HTTP server on 127.0.0.1: the studio page and its files, the contract's channels as
 * `POST /api/<channel>`, events as Server-Sent Events, and downloads of exported files. See auth.ts for who may call.
 * No CORS headers are ever sent: only the page we served, on our own origin, can read the answers.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PREFIX, DOWNLOAD_PREFIX, EVENTS_PATH } from '../contract/http.js';
import { isChannelName, type Reply } from '../contract.js';
import { InputError } from '../engine/errors.js';
import type { Dispatch } from '../handlers/dispatch.js';
import { cookieToken, hostAllowed, setCookieHeader, TOKEN_HEADER, tokenMatches } from './auth.js';
import { SECURITY_HEADERS } from './csp.js';
import type { EventStream } from './event-stream.js';
import { findStaticFile, mimeType } from './static-files.js';

/** The largest API body: a 20 MB report as base64 plus its JSON envelope. */
export const MAX_BODY_BYTES = 28 * 1024 * 1024;

export interface ServeOptions {
  readonly dispatch: Dispatch;
  readonly events: EventStream;
  readonly token: string;
  /** 0 (the default) lets the system pick a free port. */
  readonly port?: number;
  readonly rendererDir: string;
  /** The file behind `/download/<name>`, or null when that name was not exported by this run. */
  readonly download: (name: string) => string | null;
}

export interface RunningServer {
  readonly port: number;
  /** The address to open, token included. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  let port = options.port ?? 0;
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    handle(options, port, request, response).catch((error: unknown) => {
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.end();
      process.stderr.write(`huibao serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    });
  });
  port = await listen(server, port);
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () => close(server, options.events),
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new InputError({ message: `port ${port} is already in use`, hint: 'Choose another with --port, or leave --port out to pick a free one' }));
      else if (error.code === 'EACCES') reject(new InputError({ message: `port ${port} is not allowed`, hint: 'Use a port above 1024, or leave --port out' }));
      else reject(error);
    });
    // Loopback only: nothing on the network can reach the studio, whatever the firewall says.
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server, events: EventStream): Promise<void> {
  events.closeAll();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function handle(options: ServeOptions, port: number, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!hostAllowed(request.headers.host, port)) return sendText(response, 403, 'Forbidden: this server answers only to 127.0.0.1 and localhost');
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname.startsWith(API_PREFIX) && url.pathname !== EVENTS_PATH) return api(options, url.pathname.slice(API_PREFIX.length), request, response);
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
  const fromQuery = url.searchParams.get('token') ?? undefined;
  const queryOk = tokenMatches(fromQuery, options.token);
  if (!queryOk && !tokenMatches(cookieToken(request, port), options.token)) {
    return sendText(response, 401, 'Huibao: open the address that "huibao serve" printed (it ends with ?token=…).');
  }
  if (queryOk) response.setHeader('set-cookie', setCookieHeader(options.token, port));
  if (url.pathname === EVENTS_PATH) return options.events.attach(response);
  if (url.pathname.startsWith(DOWNLOAD_PREFIX)) return download(options, url.pathname.slice(DOWNLOAD_PREFIX.length), request, response);
  const found = await findStaticFile(options.rendererDir, url.pathname);
  if (!found) {
    if (url.pathname === '/') return sendText(response, 503, 'Huibao: the studio is not built; run "npm run build" in the Huibao folder');
    return sendText(response, 404, 'Not found');
  }
  response.setHeader('cache-control', found.type.startsWith('text/html') ? 'no-store' : 'no-cache');
  return sendFile(response, request, found.file, found.type);
}

async function api(options: ServeOptions, channel: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  response.setHeader('cache-control', 'no-store');
  if (request.method !== 'POST') return sendReply(response, 405, failure('the API takes POST requests'));
  // Channel names are plain ASCII: the raw path segment is compared as is, never decoded.
  if (!isChannelName(channel)) return sendReply(response, 404, failure(`unknown channel ${JSON.stringify(channel.slice(0, 80))}`));
  const header = request.headers[TOKEN_HEADER];
  if (!tokenMatches(typeof header === 'string' ? header : undefined, options.token)) return sendReply(response, 401, failure('missing or wrong token'));
  if (!request.headers['content-type']?.startsWith('application/json')) return sendReply(response, 415, failure('the API takes application/json'));
  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === null) return sendReply(response, 413, failure('the request is too large', 'Reports may be at most 20 MB'));
  let args: unknown;
  try {
    args = JSON.parse(body);
  } catch {
    return sendReply(response, 400, failure('the request is not JSON'));
  }
  const reply = await options.dispatch(channel, args);
  sendReply(response, reply.ok ? 200 : reply.error.kind === 'input' ? 422 : 500, reply);
}

function download(options: ServeOptions, encodedName: string, request: IncomingMessage, response: ServerResponse): void {
  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    return sendText(response, 404, 'Not found');
  }
  const file = options.download(name);
  if (!file) return sendText(response, 404, 'Not found: only files exported by this run can be downloaded');
  response.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
  response.setHeader('cache-control', 'no-store');
  sendFile(response, request, file, mimeType(file));
}

function failure(message: string, hint?: string): Reply<never> {
  return { ok: false, error: hint === undefined ? { kind: 'internal', message } : { kind: 'internal', message, hint } };
}

function sendReply(response: ServerResponse, status: number, reply: Reply<unknown>): void {
  const body = JSON.stringify(reply);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function sendFile(response: ServerResponse, request: IncomingMessage, file: string, type: string): void {
  response.setHeader('content-type', type);
  if (request.method === 'HEAD') return void response.end();
  const stream = createReadStream(file);
  stream.on('error', () => (response.headersSent ? response.destroy() : sendText(response, 404, 'Not found')));
  stream.pipe(response);
}

/** The body as text, or null when it exceeds `limit` (the rest is not read into memory). */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
