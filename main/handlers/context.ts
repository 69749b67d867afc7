/**
 * Everything a handler may touch, passed in: so the same handlers run in Electron's main process and in
 * `huibao serve`, and tests drive them with temporary folders and fake engines, without Electron.
 */
import type { AppInfo, EventName, EventOf, ExportKind } from '../contract.js';
import type { Autosave } from './autosave.js';
import type { EngineServices } from './engine-services.js';
import type { Jobs } from './jobs.js';
import type { RecentStore } from './recent-store.js';
import type { Session } from './session.js';

export interface ExportTarget {
  readonly path: string;
  /** serve: the URL the browser downloads the file from. */
  readonly downloadUrl: string | null;
}

/** What a save dialog is for: an export of the report, or a template pack archive (.zip) from the editor. */
export type SaveKind = ExportKind | 'template-pack';

/** What differs between the desktop app and the browser studio. */
export interface Platform {
  /** Native open dialog; absent under serve (the page uses a file input). */
  chooseReport?(): Promise<string | null>;
  /** Where an export goes: Electron asks with a save dialog (null = cancelled); serve names a file in its output folder. */
  exportTarget(suggestedName: string, kind: SaveKind, reportPath: string | null): Promise<ExportTarget | null>;
  /** Reveal a file in the system file manager; absent under serve. */
  reveal?(file: string): void;
}

export interface HandlerContext {
  readonly info: AppInfo;
  readonly userDataDir: string;
  /** The bundled sample report. */
  readonly sampleFile: string;
  readonly session: Session;
  readonly autosave: Autosave;
  readonly recent: RecentStore;
  readonly jobs: Jobs;
  readonly engine: EngineServices;
  readonly platform: Platform;
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
  /** Our bugs, with their stacks, for the log (stderr); never sent to the page. */
  logError(channel: string, error: unknown): void;
}
