/**
 * The dispatcher (main/handlers/dispatch.ts) is what every window call crosses, over Electron IPC and HTTP alike.
 * Property: for any channel name and any arguments, it answers a Reply (never throws), refuses names outside the
 * contract, and calls a handler only with arguments its schema accepts. The handlers here only record their calls.
 * The broken variant is a dispatcher that forgets the argument check.
 */
import fc from 'fast-check';
import { channelNames, contract, type ChannelName, type Reply } from '../../main/contract.js';
import type { HandlerContext } from '../../main/handlers/context.js';
import { createDispatch, type Dispatch, type HandlerMap } from '../../main/handlers/dispatch.js';
import { awkwardString } from './support/arbitraries.js';
import { fuzz, type FuzzProperty } from './support/fuzz.js';

const calls: { channel: ChannelName; args: unknown }[] = [];
const recording = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    async (_ctx: HandlerContext, args: unknown) => {
      calls.push({ channel, args });
      return null;
    },
  ]),
) as unknown as HandlerMap;
const ctx = { logError: () => undefined } as unknown as HandlerContext;

/** Deliberately wrong: a dispatcher that trusts the page's arguments. */
const trusting: Dispatch = async (channel, args) => {
  if (typeof channel !== 'string' || !(channel in recording)) return { ok: false, error: { kind: 'internal', message: 'unknown channel' } };
  return { ok: true, value: await (recording[channel as ChannelName] as (c: HandlerContext, a: unknown) => Promise<unknown>)(ctx, args) };
};

const channel = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...channelNames) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'openPath ', 'OPENPATH', 'open-path', '', 0, null, undefined, ['openPath'], { toString: () => 'openPath' }) },
  { weight: 1, arbitrary: awkwardString(12) },
);
const args = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({ path: fc.oneof(fc.string(), fc.constant('a\0b'), fc.constant('/tmp/r.txt')), jobId: fc.oneof(fc.string(), fc.constant('job-1')) }, { requiredKeys: [] }),
  fc.record({ documentId: fc.string(), kind: fc.constantFrom('pptx', 'summary-pdf', 'exe'), handout: fc.anything({ maxDepth: 1 }) }, { requiredKeys: [] }),
  fc.constant(undefined),
);

function answersSafely(dispatch: Dispatch) {
  return async ([name, value]: [unknown, unknown]): Promise<void> => {
    calls.length = 0;
    const reply: Reply<unknown> = await dispatch(name, value); // must not throw
    if (typeof reply !== 'object' || reply === null || typeof reply.ok !== 'boolean') throw new Error('not a Reply');
    if (!reply.ok && (typeof reply.error.message !== 'string' || !reply.error.message)) throw new Error('a refusal without words');
    const known = typeof name === 'string' && (channelNames as readonly string[]).includes(name);
    if (!known && (reply.ok || calls.length > 0)) throw new Error(`the unknown channel ${String(name)} reached a handler`);
    for (const call of calls) {
      if (!contract[call.channel].args.safeParse(call.args).success) throw new Error(`${call.channel} was called with arguments its schema refuses: ${JSON.stringify(call.args)}`);
    }
    if ('polluted' in {}) throw new Error('Object.prototype was polluted');
  };
}

export const properties: Record<string, FuzzProperty> = {
  'dispatch: any call gets a Reply, and handlers see only valid arguments': fuzz(fc.tuple(channel, args), answersSafely(createDispatch(recording, ctx))),
  'broken: a dispatcher that skips the argument check': fuzz(fc.tuple(channel, args), answersSafely(trusting)),
};
