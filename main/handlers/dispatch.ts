/**
 * The one entry for every call from a window, whatever carried it (Electron IPC or HTTP): refuse unknown channels,
 * check the arguments against the contract, run the handler, and wrap the answer or the error as a Reply.
 */
import type { ArgsOf, ChannelName, Reply, ResultOf } from '../contract.js';
import { contract, isChannelName } from '../contract.js';
import type { HandlerContext } from './context.js';
import { invalidArgs, toWireError } from './wire-error.js';

export type Handler<K extends ChannelName> = (ctx: HandlerContext, args: ArgsOf<K>) => Promise<ResultOf<K>>;
export type HandlerMap = { readonly [K in ChannelName]: Handler<K> };
export type Dispatch = (channel: unknown, args: unknown) => Promise<Reply<unknown>>;

export function createDispatch(handlers: HandlerMap, ctx: HandlerContext): Dispatch {
  return async (channel, args) => {
    if (!isChannelName(channel)) return { ok: false, error: { kind: 'internal', message: `unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}` } };
    const parsed = contract[channel].args.safeParse(args ?? {});
    if (!parsed.success) return { ok: false, error: invalidArgs(channel, parsed.error) };
    try {
      const handler = handlers[channel] as (ctx: HandlerContext, args: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(ctx, parsed.data) };
    } catch (error) {
      const wire = toWireError(error);
      if (wire.kind === 'internal') ctx.logError(channel, error);
      return { ok: false, error: wire };
    }
  };
}
