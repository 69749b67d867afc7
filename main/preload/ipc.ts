/**
 * The preload's only use of ipcRenderer: three functions, checked against the contract's names, exposed to the
 * page with contextBridge. The page never sees ipcRenderer, Node, or an Electron event object.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { BRIDGE_KEY, type Bridge } from '../contract/bridge.js';
import { isChannelName, isEventName } from '../contract/channels.js';
import { ipcChannel, ipcEvent } from '../contract/electron.js';
import type { Reply } from '../contract/wire.js';

export function createBridge(): Bridge {
  return {
    invoke: (channel, args) => {
      if (!isChannelName(channel)) return Promise.resolve<Reply<unknown>>({ ok: false, error: { kind: 'internal', message: `unknown channel ${JSON.stringify(String(channel))}` } });
      return ipcRenderer.invoke(ipcChannel(channel), args) as Promise<Reply<unknown>>;
    },
    on: (event, listener) => {
      if (!isEventName(event)) throw new Error(`unknown event ${JSON.stringify(String(event))}`);
      // Only the payload is passed on: the IpcRendererEvent (with `sender`) must not reach the page.
      const forward = (_event: unknown, payload: unknown): void => listener(payload);
      ipcRenderer.on(ipcEvent(event), forward);
      return () => void ipcRenderer.removeListener(ipcEvent(event), forward);
    },
    pathForFile: (file) => {
      try {
        return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
      } catch {
        return '';
      }
    },
  };
}

export function exposeBridge(): void {
  contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge());
}
