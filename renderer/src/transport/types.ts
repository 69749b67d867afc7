/**
 * The renderer's view of the contract: `Api` has one method per channel, typed from main/contract.ts, and a
 * Transport is how calls travel (the preload bridge in Electron, HTTP under `huibao serve`).
 */
import type { ArgsIn, ChannelName, EventName, EventOf, Reply, ResultOf } from '../../../main/contract.js';

/** Channels whose arguments are all optional can be called with none: `api.appInfo()`. */
type Method<K extends ChannelName> = Record<never, never> extends ArgsIn<K> ? (args?: ArgsIn<K>) => Promise<ResultOf<K>> : (args: ArgsIn<K>) => Promise<ResultOf<K>>;

export type Api = { readonly [K in ChannelName]: Method<K> };

export type Listener<E extends EventName> = (payload: EventOf<E>) => void;

export interface Transport {
  readonly mode: 'electron' | 'serve';
  invoke(channel: ChannelName, args: unknown): Promise<Reply<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** The file's absolute path when the platform knows it (Electron), else null: then send its bytes. */
  pathForFile(file: File): string | null;
}
