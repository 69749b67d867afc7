// The renderer's HTTP transport and typed api against a real `huibao serve`: what the studio page runs in a browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Studio } from '../../main/serve/studio.js';
import { createApi } from '../../renderer/src/transport/api.js';
import { HuibaoError } from '../../renderer/src/transport/errors.js';
import { httpTransport, readToken, type EventSourceLike } from '../../renderer/src/transport/http.js';
import { studio } from './support/studio.js';

const TOKEN = 'transport-token-abcdef';
let s: Studio;
beforeAll(async () => void (s = await studio({ token: TOKEN })));
afterAll(async () => s.close());

const base = (): string => `http://127.0.0.1:${s.server.port}`;

describe('HTTP transport', () => {
  it('calls channels with their typed results', async () => {
    const api = createApi(httpTransport({ token: TOKEN, base: base() }));
    expect((await api.appInfo()).mode).toBe('serve');
    const doc = await api.openSample({ jobId: 'j1' });
    const state = await api.updateDocument({ documentId: doc.id, selection: { preset: 'full' } });
    expect(state.revision).toBe(1);
    const planned = await api.planDeck({ documentId: doc.id });
    expect(planned.revision).toBe(1);
    expect(planned.deck.slides.length).toBeGreaterThan(1);
  });

  it('throws HuibaoError with the file and hint of an input error', async () => {
    const api = createApi(httpTransport({ token: TOKEN, base: base() }));
    const error = await api.openPath({ path: '/no/such/q3.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HuibaoError);
    expect((error as HuibaoError).kind).toBe('input');
    expect((error as HuibaoError).toOneLine()).toBe('/no/such/q3.docx: cannot read: file not found. Check the path and try again');
  });

  it('says what to do when the token is wrong or the server is gone', async () => {
    const wrong = createApi(httpTransport({ token: 'nope', base: base() }));
    await expect(wrong.appInfo()).rejects.toThrow(/missing or wrong token/);
    const gone = createApi(httpTransport({ token: TOKEN, base: 'http://127.0.0.1:9' }));
    await expect(gone.appInfo()).rejects.toMatchObject({ message: 'Huibao is not answering', hint: expect.stringMatching(/huibao serve/) });
  });

  it('delivers events to listeners through one EventSource with the token', async () => {
    const opened: string[] = [];
    const handlers = new Map<string, (event: { data: string }) => void>();
    const source: EventSourceLike = { addEventListener: (type, listener) => void handlers.set(type, listener) };
    const transport = httpTransport({ token: TOKEN, base: base(), eventSource: (url) => (opened.push(url), source) });
    const got: unknown[] = [];
    const off = transport.on('progress', (payload) => got.push(payload));
    transport.on('saved', () => undefined);
    expect(opened).toEqual([`${base()}/api/events?token=${TOKEN}`]);
    handlers.get('progress')?.({ data: '{"jobId":"a","fraction":0.5,"phase":"write"}' });
    off();
    handlers.get('progress')?.({ data: '{"jobId":"a","fraction":1,"phase":"done"}' });
    expect(got).toEqual([{ jobId: 'a', fraction: 0.5, phase: 'write' }]);
  });

  it('takes the token from the address and keeps it for reloads', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readToken({ search: '?token=abc' }, storage)).toBe('abc');
    expect(readToken({ search: '' }, storage)).toBe('abc');
    expect(readToken({ search: '' }, undefined)).toBe('');
  });
});
