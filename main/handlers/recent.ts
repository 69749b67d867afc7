/** Recent files for the start screen and the File menu; entries whose file is gone are kept but marked. */
import type { RecentFile } from '../contract.js';
import type { HandlerContext } from './context.js';

export async function listRecent(ctx: HandlerContext): Promise<RecentFile[]> {
  return ctx.recent.list();
}
