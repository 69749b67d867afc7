// Electron IPC registration: one handler per contract channel, and calls refused unless they come from the studio
// window's own top frame showing our page. The real dispatcher then refuses bad arguments.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const registered = new Map<string, (event: unknown, args: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, args: unknown) => unknown) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, handler);
    },
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { registerIpc, isTrustedSender, sendEvent } = await import('../../main/app/ipc.js');
const { channelNames } = await import('../../main/contract.js');
const { createDispatch } = await import('../../main/handlers/dispatch.js');
const { handlers } = await import('../../main/handlers/index.js');
const { harness } = await import('../handlers/support/harness.js');

function fakeContents(url = 'huibao://app/') {
  const mainFrame = { url };
  return { mainFrame, isDestroyed: () => false, sent: [] as unknown[][], send(...args: unknown[]) { this.sent.push(args); } };
}

describe('IPC registration', () => {
  const window = fakeContents();
  const dispatched: string[] = [];
  let unregister: () => void = () => undefined;

  beforeEach(() => {
    unregister();
    dispatched.length = 0;
    const h = harness({ mode: 'electron' });
    const dispatch = createDispatch(handlers, h.ctx);
    unregister = registerIpc(async (channel, args) => {
      dispatched.push(String(channel));
      return dispatch(channel, args);
    }, () => window as never);
  });

  it('registers exactly the contract channels, prefixed', () => {
    expect([...registered.keys()].sort()).toEqual(channelNames.map((c) => `huibao:${c}`).sort());
  });

  it('answers the studio window', async () => {
    const reply = await registered.get('huibao:appInfo')?.({ sender: window, senderFrame: window.mainFrame }, {});
    expect(reply).toMatchObject({ ok: true, value: { mode: 'electron' } });
    expect(dispatched).toEqual(['appInfo']);
  });

  it('refuses other windows, sub-frames, foreign pages and vanished frames without dispatching', async () => {
    const other = fakeContents();
    const cases = [
      { sender: other, senderFrame: other.mainFrame },
      { sender: window, senderFrame: { url: 'huibao://app/' } },
      { sender: window, senderFrame: null },
    ];
    for (const event of cases) {
      expect(await registered.get('huibao:openPath')?.(event, { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { message: /did not come from the Huibao window/ } });
    }
    const navigatedAway = fakeContents('https://example.com/');
    expect(isTrustedSender({ sender: navigatedAway, senderFrame: navigatedAway.mainFrame } as never, navigatedAway as never)).toBe(false);
    expect(isTrustedSender({ sender: window, senderFrame: window.mainFrame } as never, null)).toBe(false);
    expect(dispatched).toEqual([]);
  });

  it('refuses invalid arguments from the trusted window (checked by the contract)', async () => {
    const reply = await registered.get('huibao:exportFile')?.({ sender: window, senderFrame: window.mainFrame }, { documentId: 'x', kind: 'exe' });
    expect(reply).toMatchObject({ ok: false, error: { message: 'invalid arguments for "exportFile"', problems: [{ where: 'kind' }] } });
  });

  it('sends events to the window only while it exists', () => {
    const target = fakeContents();
    sendEvent(target as never, 'command', { command: 'open' });
    expect(target.sent).toEqual([['huibao-event:command', { command: 'open' }]]);
    sendEvent(null, 'command', { command: 'open' });
    const closed = { ...fakeContents(), isDestroyed: () => true, send: () => expect.unreachable() };
    sendEvent(closed as never, 'command', { command: 'open' });
  });

  it('removes its handlers again', () => {
    unregister();
    expect(registered.size).toBe(0);
  });
});
