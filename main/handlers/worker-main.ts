/** The job worker's side: run each request, post progress, post the result (bytes transferred, not copied). */
import type { MessagePort } from 'node:worker_threads';
import { runJob } from './job-runner.js';
import { flattenError, type JobMessage, type JobRequest } from './worker-protocol.js';

export function serveJobs(port: MessagePort): void {
  port.on('message', (request: JobRequest) => {
    const post = (message: JobMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
    runJob(request.job, (fraction, phase) => post({ id: request.id, type: 'progress', fraction, phase })).then(
      (result) => post({ id: request.id, type: 'done', result }, ownedBuffer(result)),
      (error: unknown) => post({ id: request.id, type: 'failed', error: flattenError(error) }),
    );
  });
}

/** Transfer bytes only when they own their whole buffer: a pooled Buffer shares it with others in this thread. */
function ownedBuffer(result: unknown): ArrayBuffer[] {
  if (!(result instanceof Uint8Array) || !(result.buffer instanceof ArrayBuffer)) return [];
  return result.byteOffset === 0 && result.byteLength === result.buffer.byteLength ? [result.buffer] : [];
}
