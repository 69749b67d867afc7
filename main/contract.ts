/**
 * The one IPC contract between the studio UI and the process that owns files: for each channel, the zod schema of
 * its arguments and the TypeScript type of its result; for each event, its payload. The Electron handlers
 * (main/app/ipc.ts), the preload bridge, `huibao serve` and the renderer's `api` are all derived from it.
 * The renderer only `import type`s this file; names it needs at run time come from ./contract/channels.ts.
 */
import { z } from 'zod';
import type { InputFormat } from './engine/input/formats.js';
import type { Report } from './engine/report/schema.js';
import { SelectionSchema, type Selection } from './engine/selection/schema.js';
import type { ChannelName, EventName } from './contract/channels.js';
import type { WireSlide, WireDeck } from './contract/wire.js';
import { MAX_PACK_ARCHIVE_BASE64, TemplateEditSchema, type TemplateImportResult, type TemplateSourceView, type TemplateTextProblem, type TemplateUpdateResult } from './contract/template-editor.js';

export type * from './contract/wire.js';
export type * from './contract/template-editor.js';
export { channelNames, eventNames, isChannelName, isEventName, type ChannelName, type EventName } from './contract/channels.js';
export { BRIDGE_KEY, type Bridge } from './contract/bridge.js';

/** Reports are tens of kilobytes of text; 20 MB (the CLI's limit) leaves room for a .docx with images. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

const NoArgs = z.object({}).strict();
const FilePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a path must not contain NUL');
/** Chosen by the renderer so it can match `progress` events to the button that started the job. */
const JobId = z
  .string()
  .regex(/^[\w-]{1,64}$/)
  .optional();
const DocumentId = z.string().min(1).max(100);
const TemplateId = z.string().min(1).max(200);
const Base64 = z
  .string()
  .max(Math.ceil(MAX_REPORT_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const ExportKindSchema = z.enum(['pptx', 'summary-pdf', 'handout-pdf']);
export type ExportKind = z.infer<typeof ExportKindSchema>;

export const HandoutOptionsSchema = z
  .object({
    perPage: z.literal([1, 2, 4]).default(2),
    notes: z.boolean().default(false),
  })
  .strict();
export type HandoutOptions = z.infer<typeof HandoutOptionsSchema>;

export const SummaryOptionsSchema = z
  .object({
    /** A table of contents after the cover block. */
    toc: z.boolean().default(false),
  })
  .strict();
export type SummaryOptions = z.infer<typeof SummaryOptionsSchema>;

export type Locale = 'zh-CN' | 'en';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly locale: Locale;
  readonly platform: string;
  readonly mode: 'electron' | 'serve';
  /** Electron: native open/save dialogs and "show in folder"; serve: a file input and download links instead. */
  readonly features: { readonly nativeDialogs: boolean; readonly showInFolder: boolean; readonly dropPaths: boolean };
}

/** What the user chose, autosaved to the project file. The preset lives in `selection.preset`. */
export interface DocumentState {
  readonly templateId: string;
  readonly selection: Selection;
  /** Increases with every accepted update; previews carry the revision they were planned from. */
  readonly revision: number;
}

/** Things to tell the user after opening, as codes so the renderer words them in the UI language. */
export type DocumentNote =
  | { readonly code: 'restored'; readonly savedAt: string }
  | { readonly code: 'dropped-unknown'; readonly count: number }
  | { readonly code: 'report-changed' }
  | { readonly code: 'recovered-from-backup' }
  | { readonly code: 'project-unreadable'; readonly detail: string }
  | { readonly code: 'template-missing'; readonly templateId: string };

export interface DocumentView {
  /** Changes at every open; updates and plans name it so a late answer for an old document is refused. */
  readonly id: string;
  /** File name for the title bar. */
  readonly name: string;
  /** Absolute path when opened from disk (null for a browser upload). */
  readonly path: string | null;
  readonly format: InputFormat;
  readonly report: Report;
  readonly state: DocumentState;
  readonly notes: readonly DocumentNote[];
  /** Where edits are autosaved (null only if no folder could be written). */
  readonly projectFile: string | null;
}

export interface RecentFile {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
  readonly exists: boolean;
}

export interface PlannedDeck {
  readonly documentId: string;
  readonly revision: number;
  readonly deck: WireDeck;
  readonly warnings: readonly string[];
}

/** Text in both UI languages, so the window can switch language without asking again. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

export interface TemplateInfo {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  /** The pack's title slide planned from the open report (or the bundled sample), drawn like a preview slide. */
  readonly thumbnail: WireSlide | null;
  readonly size: { readonly w: number; readonly h: number };
  /** Absent or 'built-in' for the packs that ship with Huibao; 'user' for the editor's packs. */
  readonly source?: 'built-in' | 'user';
}

/** A pack planned with the open report (or the sample), for the template editor's live preview. */
export interface TemplatePreview {
  readonly templateId: string;
  readonly deck: WireDeck;
  readonly warnings: readonly string[];
}

export interface ExportedFile {
  readonly path: string;
  readonly name: string;
  readonly bytes: number;
  /** serve only: where the browser downloads it (same origin, token included). */
  readonly downloadUrl: string | null;
}

/** A channel: how its arguments are checked, and (as a type only) what it answers. */
export interface ChannelSpec<Args extends z.ZodType, Result> {
  readonly args: Args;
  /** Never read at run time: carries the result type for inference. */
  readonly result?: Result;
}

const channel = <Result>() => <Args extends z.ZodType>(args: Args): ChannelSpec<Args, Result> => ({ args });

export const contract = {
  appInfo: channel<AppInfo>()(NoArgs),
  /** Open a report the user named: recent files, drag and drop (Electron), `serve FILE`. */
  openPath: channel<DocumentView>()(z.object({ path: FilePath, jobId: JobId }).strict()),
  /** Open a report from a browser file input or drop (serve), where no path is known. */
  openBytes: channel<DocumentView>()(z.object({ name: z.string().min(1).max(255), base64: Base64, jobId: JobId }).strict()),
  openSample: channel<DocumentView>()(z.object({ jobId: JobId }).strict()),
  /** Electron's native open dialog; null when the user cancels. serve refuses it (features.nativeDialogs). */
  openDialog: channel<DocumentView | null>()(z.object({ jobId: JobId }).strict()),
  /** The open document, e.g. after a reload or when started with a file; null when none is open. */
  getDocument: channel<DocumentView | null>()(NoArgs),
  /** Replace the user's choices; autosaved (debounced, atomic) to the project file. */
  updateDocument: channel<DocumentState>()(
    z.object({ documentId: DocumentId, templateId: TemplateId.optional(), selection: SelectionSchema.optional() }).strict(),
  ),
  listRecent: channel<readonly RecentFile[]>()(NoArgs),
  /** Plan the deck from the document's current state, for the live preview. */
  planDeck: channel<PlannedDeck>()(z.object({ documentId: DocumentId }).strict()),
  listTemplates: channel<readonly TemplateInfo[]>()(NoArgs),
  /** Electron: asks where to save with the native dialog (null when cancelled); serve: writes to the output folder. */
  exportFile: channel<ExportedFile | null>()(
    z
      .object({ documentId: DocumentId, kind: ExportKindSchema, handout: HandoutOptionsSchema.optional(), summary: SummaryOptionsSchema.optional(), jobId: JobId })
      .strict(),
  ),
  /** A new user pack copied from any pack (built-in ones are read-only), with a free id and name. */
  duplicateTemplate: channel<TemplateSourceView>()(z.object({ templateId: TemplateId, name: z.string().trim().min(1).max(40).optional() }).strict()),
  getTemplateSource: channel<TemplateSourceView>()(z.object({ templateId: TemplateId }).strict()),
  /** Apply one edit to a user pack and save it atomically; nothing is saved when the result would be invalid. */
  updateTemplate: channel<TemplateUpdateResult>()(z.object({ templateId: TemplateId, edit: TemplateEditSchema }).strict()),
  /** Problems of a pack text as it is being typed (nothing is saved). */
  checkTemplateText: channel<readonly TemplateTextProblem[]>()(z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,40}$/), source: z.string().max(64 * 1024) }).strict()),
  undoTemplate: channel<TemplateSourceView>()(z.object({ templateId: TemplateId }).strict()),
  redoTemplate: channel<TemplateSourceView>()(z.object({ templateId: TemplateId }).strict()),
  /** Back to the pack as it was duplicated (undoable). */
  resetTemplate: channel<TemplateSourceView>()(z.object({ templateId: TemplateId }).strict()),
  deleteTemplate: channel<null>()(z.object({ templateId: TemplateId }).strict()),
  previewTemplate: channel<TemplatePreview>()(z.object({ templateId: TemplateId }).strict()),
  /** A pack as one .zip to share (Electron asks where; serve writes it to the output folder for download). */
  exportTemplate: channel<ExportedFile | null>()(z.object({ templateId: TemplateId }).strict()),
  /** Install a shared pack archive (from a file input or drop) as a user pack, checked whole before a byte is written. */
  importTemplate: channel<TemplateImportResult>()(
    z.object({ name: z.string().min(1).max(255), base64: z.string().max(MAX_PACK_ARCHIVE_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64') }).strict(),
  ),
  /** Electron only, and only for a file this session exported. */
  showInFolder: channel<null>()(z.object({ path: FilePath }).strict()),
} as const satisfies { readonly [K in ChannelName]: ChannelSpec<z.ZodType, unknown> };

export type Contract = typeof contract;
export type ArgsOf<K extends ChannelName> = z.output<Contract[K]['args']>;
/** What a caller may pass: defaults may be left out. */
export type ArgsIn<K extends ChannelName> = z.input<Contract[K]['args']>;
export type ResultOf<K extends ChannelName> = Exclude<Contract[K]['result'], undefined>;

/** Menu items, the second instance and the command line ask the renderer to act, so one code path handles each. */
export type AppCommand =
  | { readonly command: 'open' }
  | { readonly command: 'open-path'; readonly path: string }
  | { readonly command: 'open-sample' }
  | { readonly command: 'export'; readonly kind: ExportKind };

export interface EventPayloads {
  readonly progress: { readonly jobId: string; readonly fraction: number; readonly phase: string };
  /** After each autosave; `error` when it failed (the edits are still in memory and retried on the next change). */
  readonly saved: { readonly documentId: string; readonly projectFile: string | null; readonly savedAt: string; readonly error?: string };
  readonly command: AppCommand;
}
// Compile-time check that events and their names agree both ways.
const _events: { readonly [K in EventName]: true } & { readonly [K in keyof EventPayloads]: true } = { progress: true, saved: true, command: true };
void _events;

export type EventOf<K extends EventName> = EventPayloads[K];
