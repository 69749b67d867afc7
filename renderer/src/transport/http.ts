/**
 * Calls over HTTP to `huibao serve`: `POST /api/<channel>` with the per-run token in a header (a cross-site page
 * can neither read the token nor send that header without a preflight the server never grants), and events over
 * one Server-Sent Events stream. The token arrives in the URL printed by `huibao serve` and is kept for reloads.
 * Only structural browser types are used here, so Node tests can drive this transport against a real server.
 */
import type { EventName, Reply } from '../../../main/contract.js';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER } from '../../../main/contract/http.js';
import { transportError } from './errors.js';
import type { Transport } from './types.js';

export { TOKEN_HEADER };
const TOKEN_KEY = 'huibao-token';

interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function readToken(location: { readonly search: string }, storage: TokenStorage | undefined): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    storage?.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return storage?.getItem(TOKEN_KEY) ?? '';
}

/** The part of the browser's EventSource this transport uses. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { readonly data: string }) => void): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

export interface HttpOptions {
  readonly token: string;
  /** '' for the page's own origin. */
  readonly base?: string;
  readonly fetch?: typeof fetch;
  readonly eventSource?: EventSourceFactory;
}

const browserEventSource: EventSourceFactory = (url) => {
  const Source = (globalThis as { EventSource?: new (url: string) => EventSourceLike }).EventSource;
  if (!Source) throw new Error('this browser has no EventSource');
  return new Source(url);
};

export function httpTransport(options: HttpOptions): Transport {
  const base = options.base ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSourceLike | undefined;

  const listen = (target: EventSourceLike, event: EventName): void => {
    target.addEventListener(event, (message) => {
      const payload: unknown = JSON.parse(message.data);
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  };
  const connect = (): void => {
    if (source) return;
    source = (options.eventSource ?? browserEventSource)(`${base}${EVENTS_PATH}?token=${encodeURIComponent(options.token)}`);
    for (const event of listeners.keys()) listen(source, event);
  };

  return {
    mode: 'serve',
    invoke: async (channel, args) => {
      let response: Response;
      try {
        response = await doFetch(`${base}${API_PREFIX}${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
          body: JSON.stringify(args ?? {}),
        });
      } catch {
        return { ok: false, error: transportError('Huibao is not answering', 'Check that "huibao serve" is still running, then reload the page') };
      }
      return readReply(response);
    },
    on: (event, listener) => {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        if (source) listen(source, event);
      }
      set.add(listener);
      connect();
      return () => void set.delete(listener);
    },
    pathForFile: () => null,
  };
}

async function readReply(response: Response): Promise<Reply<unknown>> {
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    try {
      return (await response.json()) as Reply<unknown>;
    } catch {
      return { ok: false, error: transportError('Huibao sent an unreadable answer') };
    }
  }
  if (response.status === 401) return { ok: false, error: transportError('this page has no valid access token', 'Open the address that "huibao serve" printed, including ?token=') };
  return { ok: false, error: transportError(`unexpected answer from Huibao (HTTP ${response.status})`) };
}
