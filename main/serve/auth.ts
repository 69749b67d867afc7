/**
 * Who may talk to `huibao serve`: the page opened from the printed URL, and nothing else on the machine.
 * - a random token per run, compared in constant time;
 * - the Host header must name the address we bound (defeats DNS rebinding: a foreign page's requests carry its own host);
 * - the API wants the token in a header, which a cross-origin page cannot send without a CORS preflight we never grant;
 *   page loads, the event stream and downloads (which cannot set headers) may use `?token=` or the cookie set by the page load.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../contract/http.js';

export { TOKEN_HEADER };

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time, whatever the lengths (both sides hashed to 32 bytes first). */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined || given === '') return false;
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Cookie names are per port: cookies ignore ports, and two serve runs must not see each other's token. */
export function cookieName(port: number): string {
  return `huibao-token-${port}`;
}

export function cookieToken(request: IncomingMessage, port: number): string | undefined {
  const wanted = cookieName(port);
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === wanted) return value.join('=');
  }
  return undefined;
}

export function setCookieHeader(token: string, port: number): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}
