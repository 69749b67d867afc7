/**
 * `huibao serve` assembled: the shared handlers with a browser platform (exports go to an output folder and are
 * downloaded; no native dialogs), the job worker, and the loopback HTTP server. `close()` writes pending edits first.
 */
import path from 'node:path';
import type { AppInfo } from '../contract.js';
import { DOWNLOAD_PREFIX } from '../contract/http.js';
import type { HandlerContext, Platform } from '../handlers/context.js';
import { createHandlerContext } from '../handlers/create-context.js';
import { createDispatch } from '../handlers/dispatch.js';
import type { EngineServices } from '../handlers/engine-services.js';
import { handlers } from '../handlers/index.js';
import type { Jobs } from '../handlers/jobs.js';
import { openPath } from '../handlers/open.js';
import { newToken } from './auth.js';
import { createEventStream } from './event-stream.js';
import { startServer, type RunningServer } from './server.js';

export interface StudioOptions {
  /** A report to open before the page loads (`huibao serve FILE`); an unreadable one fails the start. */
  readonly file?: string;
  readonly port?: number;
  readonly outDir: string;
  readonly userDataDir: string;
  readonly rendererDir: string;
  readonly sampleFile: string;
  readonly info: Omit<AppInfo, 'mode' | 'features'>;
  readonly engine: EngineServices;
  readonly jobs: Jobs;
  readonly logError: (channel: string, error: unknown) => void;
  /** Fixed only in tests; a fresh random token otherwise. */
  readonly token?: string;
}

export interface Studio {
  readonly server: RunningServer;
  readonly ctx: HandlerContext;
  close(): Promise<void>;
}

export async function startStudio(options: StudioOptions): Promise<Studio> {
  const outDir = path.resolve(options.outDir);
  const events = createEventStream();
  const platform: Platform = {
    exportTarget: async (name) => ({ path: path.join(outDir, name), downloadUrl: DOWNLOAD_PREFIX + encodeURIComponent(name) }),
  };
  const ctx = createHandlerContext({
    info: { ...options.info, mode: 'serve', features: { nativeDialogs: false, showInFolder: false, dropPaths: false } },
    userDataDir: options.userDataDir,
    sampleFile: options.sampleFile,
    jobs: options.jobs,
    engine: options.engine,
    platform,
    emit: (event, payload) => events.emit(event, payload),
    logError: options.logError,
  });
  if (options.file !== undefined) await openPath(ctx, { path: path.resolve(options.file) });
  const server = await startServer({
    dispatch: createDispatch(handlers, ctx),
    events,
    token: options.token ?? newToken(),
    ...(options.port === undefined ? {} : { port: options.port }),
    rendererDir: options.rendererDir,
    download: (name) => exportedFile(ctx, outDir, name),
  });
  return {
    server,
    ctx,
    close: async () => {
      await ctx.autosave.flush();
      await server.close();
      await ctx.jobs.close();
    },
  };
}

/** Only files this run exported into the output folder can be downloaded, by their plain name. */
function exportedFile(ctx: HandlerContext, outDir: string, name: string): string | null {
  if (name !== path.basename(name)) return null;
  const file = path.join(outDir, name);
  return ctx.session.exported.has(file) ? file : null;
}
