/**
 * Opening a report, however it arrives (path, browser upload, the sample, the native dialog): import it off the
 * handler thread, find and restore its project file, make it the session's document, remember it in recent files.
 */
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import { readInputFile } from '../cli/read-input.js';
import { MAX_REPORT_BYTES, type ArgsOf, type DocumentNote, type DocumentState, type DocumentView } from '../contract.js';
import { InputError } from '../engine/errors.js';
import type { InputFile } from '../engine/input/open-report.js';
import { restoreProject } from '../engine/project/index.js';
import { defaultSelection } from '../engine/selection/schema.js';
import type { HandlerContext } from './context.js';
import { jobProgress } from './progress.js';
import { loadProject, PROJECT_SUFFIX, projectLocations, ProjectWriter } from './project-store.js';
import { documentView, type OpenDocument } from './session.js';

interface Source {
  readonly path: string | null;
  readonly isSample: boolean;
}

export async function openPath(ctx: HandlerContext, args: ArgsOf<'openPath'>): Promise<DocumentView> {
  if (!path.isAbsolute(args.path)) throw new InputError({ file: args.path, message: 'not an absolute path', hint: 'Choose the report with the Open dialog or drop it on the window' });
  // A project file stands for its report (`周报.docx.huibao.json` → `周报.docx`): dropping or double-clicking it reopens the work.
  const file = args.path.endsWith(PROJECT_SUFFIX) ? args.path.slice(0, -PROJECT_SUFFIX.length) : args.path;
  // The bundled sample named by path (`huibao serve assets/samples/…`, recent files) is still the app's own file:
  // its project goes to the user-data folder, never beside it.
  const isSample = path.resolve(file) === path.resolve(ctx.sampleFile);
  return openFile(ctx, () => readInputFile(file), { path: file, isSample }, args.jobId);
}

export async function openBytes(ctx: HandlerContext, args: ArgsOf<'openBytes'>): Promise<DocumentView> {
  // The name is only a label (and picks the reader by extension): keep no directory part a page might smuggle in.
  const name = path.basename(args.name.replaceAll('\\', '/'));
  const bytes = new Uint8Array(Buffer.from(args.base64, 'base64'));
  if (bytes.length > MAX_REPORT_BYTES) throw new InputError({ file: name, message: 'too large', hint: 'Split the report or remove embedded images' });
  return openFile(ctx, async () => ({ name, bytes }), { path: null, isSample: false }, args.jobId);
}

export async function openSample(ctx: HandlerContext, args: ArgsOf<'openSample'>): Promise<DocumentView> {
  return openFile(ctx, () => readInputFile(ctx.sampleFile), { path: ctx.sampleFile, isSample: true }, args.jobId);
}

export async function openDialog(ctx: HandlerContext, args: ArgsOf<'openDialog'>): Promise<DocumentView | null> {
  if (!ctx.platform.chooseReport) throw new InputError({ message: 'there is no native open dialog in the browser', hint: 'Use the file picker or drop the report on the page' });
  const chosen = await ctx.platform.chooseReport();
  return chosen === null ? null : openPath(ctx, { path: chosen, jobId: args.jobId });
}

export async function getDocument(ctx: HandlerContext): Promise<DocumentView | null> {
  await ctx.session.startup;
  const failure = ctx.session.startupError;
  if (failure !== undefined) {
    ctx.session.startupError = undefined;
    throw failure;
  }
  return ctx.session.current ? documentView(ctx.session.current) : null;
}

async function openFile(ctx: HandlerContext, read: () => Promise<InputFile>, source: Source, jobId: string | undefined): Promise<DocumentView> {
  // The ticket is taken when the request arrives, before any await, so "newest" means the user's last action.
  const ticket = ctx.session.takeOpenTicket();
  const progress = jobProgress(ctx, jobId);
  progress(0, 'import');
  const file = await read();
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const opened = await ctx.jobs.importReport(file, (fraction, phase) => progress(fraction * 0.9, phase));
  const name = path.basename(file.name);
  const locations = projectLocations(ctx.userDataDir, { reportPath: source.path, reportName: name, isSample: source.isSample });
  const loaded = await loadProject(locations);
  const { state, notes } = await initialState(ctx, loaded.project ? restoreProject(loaded.project, opened.report, sha256) : null);
  if (!ctx.session.isLatestTicket(ticket)) throw new InputError({ file: name, message: 'another report was opened meanwhile' });
  // Edits to the previous report must reach its project file before it is let go.
  await ctx.autosave.flush();
  const doc: OpenDocument = {
    id: randomUUID(),
    name,
    path: source.path,
    isSample: source.isSample,
    format: opened.format,
    report: opened.report,
    ...(opened.sourceText === undefined ? {} : { sourceText: opened.sourceText }),
    sha256,
    state,
    notes: [...loaded.notes, ...notes],
    writer: new ProjectWriter(locations, loaded),
  };
  ctx.session.current = doc;
  if (source.path && !source.isSample) await ctx.recent.add(source.path).catch((error: unknown) => ctx.logError('recent', error));
  progress(1, 'done');
  return documentView(doc);
}

type Restored = ReturnType<typeof restoreProject>;

async function initialState(ctx: HandlerContext, restored: Restored | null): Promise<{ state: DocumentState; notes: DocumentNote[] }> {
  const fallbackTemplate = await ctx.engine.defaultTemplateId();
  if (!restored) return { state: { templateId: fallbackTemplate, selection: defaultSelection(), revision: 0 }, notes: [] };
  const known = (await ctx.engine.listTemplates()).some((pack) => pack.id === restored.templateId);
  const notes: DocumentNote[] = [...restored.notes];
  if (!known) notes.push({ code: 'template-missing', templateId: restored.templateId });
  return { state: { templateId: known ? restored.templateId : fallbackTemplate, selection: restored.selection, revision: 0 }, notes };
}

/** Open a file named at launch (command line, file association); getDocument waits for it and reports its error once. */
export function openAtStartup(ctx: HandlerContext, file: string): Promise<void> {
  ctx.session.startup = openPath(ctx, { path: path.resolve(file) }).then(
    () => undefined,
    (error: unknown) => {
      ctx.session.startupError = error;
    },
  );
  return ctx.session.startup;
}
