/** The typed `api` object over any transport: one method per contract channel; failures throw HuibaoError. */
import { channelNames, type ChannelName } from '../../../main/contract/channels.js';
import { HuibaoError } from './errors.js';
import type { Api, Transport } from './types.js';

export function createApi(transport: Transport): Api {
  const call = async (channel: ChannelName, args: unknown): Promise<unknown> => {
    const reply = await transport.invoke(channel, args ?? {});
    if (!reply.ok) throw new HuibaoError(reply.error);
    return reply.value;
  };
  return Object.freeze(Object.fromEntries(channelNames.map((channel) => [channel, (args?: unknown) => call(channel, args)]))) as unknown as Api;
}
