/**
 * Everything the studio window shows, as one immutable value in one store: the open document and the undoable
 * choices, the preview, the template list, export jobs, autosave state and notices. Views draw from it; actions
 * (app/actions/*) replace it.
 */
import type { AppInfo, DocumentView, RecentFile, TemplateInfo, WireDeck } from '../../../main/contract.js';
import type { MessageKey, UiLocale } from '../i18n/messages.js';
import type { Choices } from '../state/choices.js';
import type { History } from '../state/history.js';
import { idleJobs, type ExportJobs } from '../export/export-jobs.js';
import type { SyncStatus } from '../preview/preview-sync.js';

export interface PreviewState {
  /** The last deck that planned without error: kept on screen while a later plan fails. */
  readonly deck: WireDeck | null;
  readonly warnings: readonly string[];
  readonly status: SyncStatus;
  /** Why the preview could not be updated (the deck shown is then the previous one). */
  readonly error: string | null;
  readonly slideIndex: number;
  /** From the change to the redrawn preview, for the last update (shown nowhere; the e2e run logs it). */
  readonly latencyMs: number | null;
  /** The part of latencyMs spent waiting for the backend (sending the choices and planning). */
  readonly backendMs: number | null;
  /** How many updates have been timed: tells a reader of latencyMs that a new one arrived. */
  readonly timed: number;
}

export interface Notice {
  readonly id: number;
  readonly tone: 'error' | 'info';
  readonly title: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  /** The backend's own words (file, problem), shown under the title. */
  readonly detail?: string;
  readonly hint?: string;
  /** An internal error: the notice asks the user to report it. */
  readonly bug?: boolean;
}

export interface SaveState {
  readonly state: 'idle' | 'saved' | 'failed';
  readonly at: string | null;
  readonly projectFile: string | null;
  readonly error: string | null;
}

export interface OpeningState {
  readonly jobId: string;
  readonly fraction: number;
  readonly name: string | null;
}

export interface ExportOptions {
  readonly handoutPerPage: 1 | 2 | 4;
  readonly handoutNotes: boolean;
  readonly summaryToc: boolean;
}

export interface StudioState {
  readonly info: AppInfo | null;
  readonly locale: UiLocale;
  /** `starting` until the first answer from the backend: the page shows a quiet loading line, never a blank. */
  readonly started: boolean;
  readonly opening: OpeningState | null;
  readonly doc: DocumentView | null;
  readonly history: History<Choices> | null;
  readonly templates: readonly TemplateInfo[];
  readonly recent: readonly RecentFile[];
  readonly expanded: ReadonlySet<string>;
  /** The outline row the user is on: a metric row fills the inspector. */
  readonly activeId: string | null;
  readonly preview: PreviewState;
  readonly exports: ExportJobs;
  readonly exportOptions: ExportOptions;
  readonly save: SaveState;
  readonly notices: readonly Notice[];
  readonly dropActive: boolean;
}

export const emptyPreview = (): PreviewState => ({ deck: null, warnings: [], status: 'idle', error: null, slideIndex: 0, latencyMs: null, backendMs: null, timed: 0 });

export function initialState(locale: UiLocale): StudioState {
  return {
    info: null,
    locale,
    started: false,
    opening: null,
    doc: null,
    history: null,
    templates: [],
    recent: [],
    expanded: new Set(),
    activeId: null,
    preview: emptyPreview(),
    exports: idleJobs(),
    exportOptions: { handoutPerPage: 2, handoutNotes: false, summaryToc: false },
    save: { state: 'idle', at: null, projectFile: null, error: null },
    notices: [],
    dropActive: false,
  };
}

/** The choices in force (the history's present), or null with no document. */
export const currentChoices = (state: StudioState): Choices | null => state.history?.present ?? null;
