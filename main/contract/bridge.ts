/**
 * What the preload exposes on `window[BRIDGE_KEY]` with contextBridge: three generic functions checked against
 * the channel and event names, nothing else. The renderer's typed `api` is built on top of it
 * (renderer/src/transport/ipc.ts), so no Node or Electron object ever reaches the page.
 */
import type { ChannelName, EventName } from './channels.js';
import type { Reply } from './wire.js';

export const BRIDGE_KEY = 'huibao';

export interface Bridge {
  invoke(channel: ChannelName, args: unknown): Promise<Reply<unknown>>;
  /** Returns a function that removes the listener. */
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** The absolute path of a dropped or picked File (Electron's webUtils.getPathForFile); '' when it has none. */
  pathForFile(file: object): string;
}
