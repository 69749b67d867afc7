/**
 * The user's choices for the open report: replaced by `updateDocument` on every edit and autosaved to the project
 * file (debounced, atomic, with a backup of the previous good copy). A `saved` event tells the window how it went.
 */
import type { ArgsOf, DocumentState } from '../contract.js';
import { InputError } from '../engine/errors.js';
import { serializeProject } from '../engine/project/index.js';
import type { HandlerContext } from './context.js';
import type { OpenDocument } from './session.js';

export async function updateDocument(ctx: HandlerContext, args: ArgsOf<'updateDocument'>): Promise<DocumentState> {
  const doc = ctx.session.require(args.documentId);
  if (args.templateId !== undefined && !(await ctx.engine.listTemplates()).some((pack) => pack.id === args.templateId)) {
    throw new InputError({ message: `there is no template "${args.templateId}"`, hint: 'Pick one from the template list' });
  }
  doc.state = {
    templateId: args.templateId ?? doc.state.templateId,
    selection: args.selection ?? doc.state.selection,
    revision: doc.state.revision + 1,
  };
  scheduleSave(ctx, doc);
  return doc.state;
}

export function scheduleSave(ctx: HandlerContext, doc: OpenDocument): void {
  const writer = doc.writer;
  if (!writer) return;
  // Captured now: the write stores this state even if the document changes before the timer fires.
  const text = serializeProject({
    format: 'huibao-project',
    version: 1,
    report: { path: doc.isSample ? null : doc.path, name: doc.name, sha256: doc.sha256 },
    templateId: doc.state.templateId,
    selection: doc.state.selection,
    savedAt: new Date().toISOString(),
  });
  ctx.autosave.schedule(doc.id, () => writer.write(text));
}

/** Reports the outcome of every autosave to the window (wired as the Autosave's onWritten). */
export function announceSave(ctx: Pick<HandlerContext, 'session' | 'emit' | 'logError'>, documentId: string, error: unknown): void {
  const doc = ctx.session.current?.id === documentId ? ctx.session.current : null;
  const projectFile = doc?.writer?.file ?? null;
  if (error !== undefined) ctx.logError('autosave', error);
  const message = error instanceof Error ? error.message : String(error);
  ctx.emit('saved', { documentId, projectFile, savedAt: new Date().toISOString(), ...(error === undefined ? {} : { error: message }) });
}
