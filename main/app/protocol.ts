/**
 * The studio is served from `huibao://app/`, not file://: a real origin the CSP and the IPC sender check can name,
 * and no access to the rest of the disk. The same files and headers as `huibao serve` (main/serve/static-files.ts).
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME } from '../contract/electron.js';
import { SECURITY_HEADERS } from '../serve/csp.js';
import { findStaticFile } from '../serve/static-files.js';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
}

export async function respond(rendererDir: string, url: string, method: string): Promise<Response> {
  const parsed = new URL(url);
  if (parsed.host !== APP_HOST) return text(404, 'Not found');
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method not allowed');
  const found = await findStaticFile(rendererDir, parsed.pathname);
  if (!found) return text(404, parsed.pathname === '/' ? 'The studio is not built: run "npm run build"' : 'Not found');
  const body = method === 'HEAD' ? null : await readFile(found.file);
  return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': found.type, 'cache-control': 'no-cache' } });
}

export function setupProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(rendererDir, request.url, request.method));
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}
