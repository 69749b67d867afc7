/** Assembling a HandlerContext from what each shell provides; the rest (session, autosave, recent files) is shared. */
import type { AppInfo, EventName, EventOf } from '../contract.js';
import { createAutosave, type AutosaveOptions } from './autosave.js';
import type { HandlerContext, Platform } from './context.js';
import { announceSave } from './document.js';
import type { EngineServices } from './engine-services.js';
import type { Jobs } from './jobs.js';
import { createRecentStore, type RecentStore } from './recent-store.js';
import { Session } from './session.js';

export interface ContextOptions {
  readonly info: AppInfo;
  readonly userDataDir: string;
  readonly sampleFile: string;
  readonly jobs: Jobs;
  readonly engine: EngineServices;
  readonly platform: Platform;
  readonly emit: <E extends EventName>(event: E, payload: EventOf<E>) => void;
  readonly logError: (channel: string, error: unknown) => void;
  readonly autosave?: Omit<AutosaveOptions, 'onWritten'>;
  /** Defaults to `recent.json` in the user-data folder; the app wraps it to refresh its Open Recent menu. */
  readonly recent?: RecentStore;
}

export function createHandlerContext(options: ContextOptions): HandlerContext {
  const session = new Session();
  const ctx: HandlerContext = {
    info: options.info,
    userDataDir: options.userDataDir,
    sampleFile: options.sampleFile,
    session,
    autosave: createAutosave({ ...options.autosave, onWritten: (documentId, error) => announceSave(ctx, documentId, error) }),
    recent: options.recent ?? createRecentStore(options.userDataDir),
    jobs: options.jobs,
    engine: options.engine,
    platform: options.platform,
    emit: options.emit,
    logError: options.logError,
  };
  return ctx;
}
