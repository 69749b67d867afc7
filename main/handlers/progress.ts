/** Progress for a job the renderer named: forwarded as `progress` events, clamped to 0..1, silent without a job id. */
import type { ProgressSink } from '../engine/ports.js';
import type { HandlerContext } from './context.js';

export function jobProgress(ctx: Pick<HandlerContext, 'emit'>, jobId: string | undefined): ProgressSink {
  if (jobId === undefined) return () => undefined;
  return (fraction, phase) => ctx.emit('progress', { jobId, fraction: Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)), phase });
}
