/** Server-Sent Events to every open studio page: progress, autosave outcomes, commands. */
import type { ServerResponse } from 'node:http';
import type { EventName, EventOf } from '../contract.js';

export interface EventStream {
  attach(response: ServerResponse): void;
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
  closeAll(): void;
  readonly size: number;
}

export function createEventStream(heartbeatMs = 25_000): EventStream {
  const clients = new Set<ServerResponse>();
  // Comments keep idle connections from being closed by anything in between; unref'd so they never keep the process up.
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, heartbeatMs);
  heartbeat.unref();
  return {
    attach(response) {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    emit(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of clients) client.write(frame);
    },
    closeAll() {
      clearInterval(heartbeat);
      for (const client of clients) client.end();
      clients.clear();
    },
    get size() {
      return clients.size;
    },
  };
}
