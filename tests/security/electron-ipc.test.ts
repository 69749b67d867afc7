/**
 * Electron IPC, main side (main/app/ipc.ts) and preload side (main/preload/ipc.ts), with electron mocked.
 * Property (fast-check, fixed seed): over any mix of sender, frame, page URL, channel and arguments, a handler runs
 * only for the studio window's own top frame showing huibao://app, on a contract channel, with arguments its schema
 * accepts; every other call is refused with a Reply. Deliberately broken case: the same property against a sender
 * check that looks only at the window (not the frame) must find the iframe that gets through.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

const registered = new Map<string, (event: unknown, args: unknown) => Promise<unknown> | unknown>();
const rendererCalls: { channel: string; args: unknown }[] = [];
const rendererListeners = new Map<string, (event: unknown, payload: unknown) => void>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, args: unknown) => unknown) => void registered.set(channel, handler),
    removeHandler: (channel: string) => void registered.delete(channel),
  },
  ipcRenderer: {
    invoke: async (channel: string, args: unknown) => {
      rendererCalls.push({ channel, args });
      return { ok: true, value: null };
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => void rendererListeners.set(channel, listener),
    removeListener: (channel: string) => void rendererListeners.delete(channel),
  },
  contextBridge: { exposeInMainWorld: () => undefined },
  webUtils: { getPathForFile: () => '' },
}));

const { registerIpc, isTrustedSender } = await import('../../main/app/ipc.js');
const { createBridge } = await import('../../main/preload/ipc.js');
const { channelNames, contract } = await import('../../main/contract.js');
const { createDispatch } = await import('../../main/handlers/dispatch.js');
type ChannelName = (typeof channelNames)[number];

const SEED = 20_231_012;
const handled: { channel: ChannelName; args: unknown }[] = [];
const recordingHandlers = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    async (_ctx: unknown, args: unknown) => {
      handled.push({ channel, args });
      return null;
    },
  ]),
) as never;
const dispatch = createDispatch(recordingHandlers, { logError: () => undefined } as never);

interface FakeFrame {
  url: string;
}
interface FakeContents {
  mainFrame: FakeFrame;
}
const studio: FakeContents = { mainFrame: { url: 'huibao://app/index.html' } };
const otherWindow: FakeContents = { mainFrame: { url: 'huibao://app/index.html' } };

const urls = ['huibao://app/index.html', 'huibao://app/', 'huibao://evil/', 'huibao://user:pw@app/', 'huibao://app.evil/', 'file:///etc/passwd', 'https://example.com/', 'http://127.0.0.1:8080/', 'about:blank', 'data:text/html,x', 'devtools://devtools/', 'javascript:alert(1)', ''];
const senderCase = fc.record({
  sender: fc.constantFrom<'studio' | 'other' | 'none'>('studio', 'other', 'none'),
  frame: fc.constantFrom<'main' | 'sub' | 'other-main' | 'null'>('main', 'sub', 'other-main', 'null'),
  url: fc.constantFrom(...urls),
  trusted: fc.constantFrom<'studio' | 'null'>('studio', 'studio', 'studio', 'null'),
});
const channelArg = fc.oneof(
  fc.constantFrom(...channelNames).chain((channel) => fc.tuple(fc.constant(channel), fc.oneof(fc.constant({}), fc.constant({ path: '/tmp/r.txt' }), fc.constant({ documentId: 'd', kind: 'pptx' }), fc.anything({ maxDepth: 2 })))),
);

type Check = (event: { sender: unknown; senderFrame: unknown }, trusted: unknown) => boolean;

/** Build the event for a case, set the studio's page URL, and say whether the call is legitimate. */
function eventFor(c: { sender: string; frame: string; url: string; trusted: string }): { event: { sender: unknown; senderFrame: unknown }; trusted: FakeContents | null; legit: boolean } {
  studio.mainFrame.url = c.url;
  const sender = c.sender === 'studio' ? studio : c.sender === 'other' ? otherWindow : undefined;
  const senderFrame = c.frame === 'main' ? studio.mainFrame : c.frame === 'sub' ? { url: c.url } : c.frame === 'other-main' ? otherWindow.mainFrame : null;
  const trusted = c.trusted === 'studio' ? studio : null;
  const legit = c.sender === 'studio' && c.frame === 'main' && trusted !== null && (c.url === 'huibao://app/index.html' || c.url === 'huibao://app/');
  return { event: { sender, senderFrame }, trusted, legit };
}

/** The window registerIpc trusts right now (the property varies it; null: the window is gone). */
let currentTrusted: FakeContents | null = studio;

/** Call as the real registered handler does (check undefined), or with another sender check in its place. */
async function invoke(channel: ChannelName, event: { sender: unknown; senderFrame: unknown }, args: unknown, check?: Check): Promise<{ ok: boolean }> {
  if (!check) return (await registered.get(`huibao:${channel}`)!(event, args)) as { ok: boolean };
  return (check(event, currentTrusted) ? await dispatch(channel, args) : { ok: false }) as { ok: boolean };
}

function callsOnlyWhenLegit(check?: Check) {
  return async (c: { sender: string; frame: string; url: string; trusted: string }, [channel, args]: [ChannelName, unknown]): Promise<void> => {
    const { event, trusted, legit } = eventFor(c);
    currentTrusted = trusted;
    handled.length = 0;
    const reply = await invoke(channel, event, args, check);
    const valid = contract[channel].args.safeParse(args).success;
    if (handled.length > 0 && !(legit && valid)) throw new Error(`a handler ran for ${JSON.stringify(c)} on ${channel}`);
    if (legit && valid && (!reply.ok || handled.length !== 1)) throw new Error(`a legitimate call on ${channel} was refused`);
  };
}

describe('Electron IPC, main side', () => {
  const unregister = registerIpc(dispatch, () => currentTrusted as never);

  it('registers one prefixed handler per contract channel and nothing else', () => {
    expect([...registered.keys()].sort()).toEqual(channelNames.map((c) => `huibao:${c}`).sort());
    unregister();
    expect(registered.size).toBe(0);
    registerIpc(dispatch, () => currentTrusted as never);
  });

  it('the registered handler refuses a foreign sender without dispatching', async () => {
    studio.mainFrame.url = 'huibao://app/index.html';
    currentTrusted = studio;
    handled.length = 0;
    const reply = await registered.get('huibao:appInfo')?.({ sender: otherWindow, senderFrame: otherWindow.mainFrame }, {});
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/refused/) } });
    expect(handled).toEqual([]);
  });

  it('any sender, frame, page, channel and arguments: handlers run only for the studio top frame with valid arguments', async () => {
    await fc.assert(fc.asyncProperty(senderCase, channelArg, callsOnlyWhenLegit()), { seed: SEED, numRuns: 2000 });
    currentTrusted = studio;
  });

  it('isTrustedSender alone agrees', async () => {
    await fc.assert(fc.asyncProperty(senderCase, channelArg, callsOnlyWhenLegit(isTrustedSender as Check)), { seed: SEED, numRuns: 500 });
    currentTrusted = studio;
  });

  it('the property can fail: a sender check that ignores the frame lets an iframe through (deliberately broken)', async () => {
    const windowOnly: Check = (event, trusted) => trusted !== null && event.sender === trusted;
    const details = await fc.check(fc.asyncProperty(senderCase, channelArg, callsOnlyWhenLegit(windowOnly)), { seed: SEED, numRuns: 2000 });
    expect(details.failed).toBe(true);
    expect(String(details.errorInstance)).toMatch(/a handler ran for/);
  });
});

describe('Electron IPC, preload side', () => {
  const bridge = createBridge();

  it('refuses channel names outside the contract without reaching ipcRenderer', async () => {
    rendererCalls.length = 0;
    for (const name of ['__proto__', 'constructor', 'huibao:appInfo', 'runShell', '', 'openPath ']) {
      const reply = await bridge.invoke(name as never, {});
      expect(reply.ok).toBe(false);
    }
    expect(rendererCalls).toEqual([]);
    await bridge.invoke('appInfo', {});
    expect(rendererCalls).toEqual([{ channel: 'huibao:appInfo', args: {} }]);
  });

  it('refuses unknown events, and hands listeners the payload only (never the IPC event with its sender)', () => {
    expect(() => bridge.on('__proto__' as never, () => undefined)).toThrow(/unknown event/);
    const seen: unknown[][] = [];
    const off = bridge.on('progress', (...args: unknown[]) => void seen.push(args));
    rendererListeners.get('huibao-event:progress')?.({ sender: { send: () => undefined } }, { jobId: 'j', fraction: 0.5, phase: 'build' });
    expect(seen).toEqual([[{ jobId: 'j', fraction: 0.5, phase: 'build' }]]);
    off();
    expect(rendererListeners.has('huibao-event:progress')).toBe(false);
  });

  it('exposes exactly three functions', () => {
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'pathForFile']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });
});
