/** The Electron IPC names for the contract's channels and events (prefixed, so nothing else can collide with them). */
import type { ChannelName, EventName } from './channels.js';

export const ipcChannel = (channel: ChannelName): string => `huibao:${channel}`;
export const ipcEvent = (event: EventName): string => `huibao-event:${event}`;

/** The origin the studio is served from inside the app (a custom protocol, never file://). */
export const APP_SCHEME = 'huibao';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
