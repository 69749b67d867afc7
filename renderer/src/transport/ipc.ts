/** Calls over Electron's preload bridge (`window.huibao`, see main/preload/preload.ts). */
import { BRIDGE_KEY, type Bridge } from '../../../main/contract/bridge.js';
import type { Transport } from './types.js';

export function findBridge(host: object = globalThis): Bridge | undefined {
  const candidate = (host as Record<string, unknown>)[BRIDGE_KEY];
  return typeof candidate === 'object' && candidate !== null && 'invoke' in candidate ? (candidate as Bridge) : undefined;
}

export function ipcTransport(bridge: Bridge): Transport {
  return {
    mode: 'electron',
    invoke: (channel, args) => bridge.invoke(channel, args),
    on: (event, listener) => bridge.on(event, listener),
    pathForFile: (file) => bridge.pathForFile(file) || null,
  };
}
