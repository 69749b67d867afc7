/**
 * Calls over HTTP to `huibao serve`: `POST /api/<channel>` with the per-run token in a header (a cross-site page
 * can neither read the token nor send that header without a preflight the server never grants), and events over
 * one Server-Sent Events stream. The token arrives in the URL printed by `huibao serve` and is kept for reloads.
 */
import type { EventName, Reply } from '../../../main/contract.js';
import { transportError } from './errors.js';
import type { Transport } from './types.js';

export const TOKEN_HEADER = 'x-huibao-token';
const TOKEN_KEY = 'huibao-token';

export function readToken(location: Pick<Location, 'search'>, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    storage?.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return storage?.getItem(TOKEN_KEY) ?? '';
}

export interface HttpOptions {
  readonly token: string;
  /** '' for the page's own origin. */
  readonly base?: string;
  readonly fetch?: typeof fetch;
  readonly EventSource?: typeof EventSource;
}

export function httpTransport(options: HttpOptions): Transport {
  const base = options.base ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | undefined;

  const connect = (): void => {
    if (source) return;
    const Source = options.EventSource ?? EventSource;
    source = new Source(`${base}/api/events?token=${encodeURIComponent(options.token)}`);
    for (const event of listeners.keys()) listen(source, event);
  };
  const listen = (target: EventSource, event: EventName): void => {
    target.addEventListener(event, (message) => {
      const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  };

  return {
    mode: 'serve',
    invoke: async (channel, args) => {
      try {
        const response = await doFetch(`${base}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
          body: JSON.stringify(args ?? {}),
        });
        return await readReply(response);
      } catch {
        return { ok: false, error: transportError('Huibao is not answering', 'Check that "huibao serve" is still running, then reload the page') };
      }
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
  if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as Reply<unknown>;
  if (response.status === 401) return { ok: false, error: transportError('this page has no valid access token', 'Open the address that "huibao serve" printed, including ?token=') };
  return { ok: false, error: transportError(`unexpected answer from Huibao (HTTP ${response.status})`) };
}
