// The preload exposes three functions and nothing else; unknown names never reach ipcRenderer, and listeners get
// only the payload (never the IpcRendererEvent with its `sender`).
import { describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../main/contract/bridge.js';

const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: 'answer' }),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
  },
  webUtils: {
    getPathForFile: (file: { path?: string }) => {
      if (!file.path) throw new Error('not a File');
      return file.path;
    },
  },
}));

await import('../../main/preload/preload.js');
const { BRIDGE_KEY } = await import('../../main/contract/bridge.js');

describe('preload bridge', () => {
  const bridge = exposed.get(BRIDGE_KEY) as Bridge;

  it('exposes only invoke, on and pathForFile under one key', () => {
    expect([...exposed.keys()]).toEqual(['huibao']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'pathForFile']);
  });

  it('forwards known channels with their prefix and refuses unknown ones locally', async () => {
    expect(await bridge.invoke('planDeck', { documentId: 'd' })).toEqual({ ok: true, value: 'answer' });
    expect(invoked).toEqual([['huibao:planDeck', { documentId: 'd' }]]);
    expect(await bridge.invoke('evil' as never, {})).toMatchObject({ ok: false, error: { message: 'unknown channel "evil"' } });
    expect(await bridge.invoke('__proto__' as never, {})).toMatchObject({ ok: false });
    expect(invoked).toHaveLength(1);
  });

  it('passes listeners the payload only, and unsubscribes', () => {
    const got: unknown[] = [];
    const off = bridge.on('progress', (...args: unknown[]) => got.push(args));
    for (const listener of listeners.get('huibao-event:progress') ?? []) listener({ sender: 'secret' }, { jobId: 'a', fraction: 1, phase: 'done' });
    off();
    expect(listeners.get('huibao-event:progress')?.size).toBe(0);
    expect(got).toEqual([[{ jobId: 'a', fraction: 1, phase: 'done' }]]);
    expect(() => bridge.on('nope' as never, () => undefined)).toThrow(/unknown event/);
  });

  it('answers the path of a dropped file, or an empty string', () => {
    expect(bridge.pathForFile({ path: '/home/u/周报.docx' })).toBe('/home/u/周报.docx');
    expect(bridge.pathForFile({})).toBe('');
  });
});
