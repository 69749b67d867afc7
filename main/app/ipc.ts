/**
 * The main process's only use of ipcMain: one `handle` per contract channel, each checking that the call comes
 * from the studio window's own top frame, showing our page, before the shared dispatcher checks the arguments.
 * Events go out the same way, to that window only.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelNames, type EventName, type EventOf, type Reply } from '../contract.js';
import { ipcChannel, ipcEvent } from '../contract/electron.js';
import type { Dispatch } from '../handlers/dispatch.js';
import { isAppUrl } from './navigation.js';

/** Which web contents may call: the studio window's (changes if the window is recreated). */
export type TrustedContents = () => WebContents | null;

const refused: Reply<never> = { ok: false, error: { kind: 'internal', message: 'refused: this call did not come from the Huibao window' } };

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, trusted: WebContents | null): boolean {
  const frame = event.senderFrame;
  if (!trusted || !frame || event.sender !== trusted) return false;
  // The top frame only (no iframe, even one of ours), and only while it shows our page.
  return frame === trusted.mainFrame && isAppUrl(frame.url);
}

export function registerIpc(dispatch: Dispatch, trusted: TrustedContents): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(ipcChannel(channel), (event, args: unknown) => (isTrustedSender(event, trusted()) ? dispatch(channel, args) : refused));
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(ipcChannel(channel));
  };
}

export function sendEvent<E extends EventName>(contents: WebContents | null, event: E, payload: EventOf<E>): void {
  if (contents && !contents.isDestroyed()) contents.send(ipcEvent(event), payload);
}
