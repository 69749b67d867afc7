/**
 * Exporting the open document: ask the platform where (save dialog, or serve's output folder), build the bytes
 * in the job worker with progress, write atomically, and remember the file so "show in folder" may reveal it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fromFsError } from '../cli/errors.js';
import { writeFileAtomic } from '../cli/node-ports.js';
import { HandoutOptionsSchema, SummaryOptionsSchema, type ArgsOf, type ExportKind, type ExportedFile, type Locale } from '../contract.js';
import { InputError } from '../engine/errors.js';
import type { HandlerContext } from './context.js';
import { jobProgress } from './progress.js';
import type { OpenDocument } from './session.js';

const suffixes: Record<Locale, Record<ExportKind, string>> = {
  'zh-CN': { pptx: '.pptx', 'summary-pdf': '-摘要.pdf', 'handout-pdf': '-讲义.pdf' },
  en: { pptx: '.pptx', 'summary-pdf': '-summary.pdf', 'handout-pdf': '-handout.pdf' },
};

/** `季度报告.docx` → `季度报告.pptx` / `季度报告-摘要.pdf`; characters no filesystem accepts become `_`. */
export function suggestedName(doc: Pick<OpenDocument, 'name'>, kind: ExportKind, locale: Locale): string {
  const stem = doc.name.replace(/\.[^.]+$/, '').replace(/[<>:"/\\|?*\p{Cc}]/gu, '_').trim() || 'huibao';
  return stem + suffixes[locale][kind];
}

export async function exportFile(ctx: HandlerContext, args: ArgsOf<'exportFile'>): Promise<ExportedFile | null> {
  const doc = ctx.session.require(args.documentId);
  const target = await ctx.platform.exportTarget(suggestedName(doc, args.kind, ctx.info.locale), args.kind, doc.isSample ? null : doc.path);
  if (!target) return null;
  const progress = jobProgress(ctx, args.jobId);
  progress(0, 'build');
  const { templateId, selection } = doc.state;
  const bytes = await ctx.jobs.exportFile(
    {
      kind: args.kind,
      report: doc.report,
      ...(doc.sourceText === undefined ? {} : { sourceText: doc.sourceText }),
      templateId,
      userDataDir: ctx.userDataDir,
      selection,
      handout: args.handout ?? HandoutOptionsSchema.parse({}),
      summary: args.summary ?? SummaryOptionsSchema.parse({}),
    },
    (fraction, phase) => progress(fraction * 0.95, phase),
  );
  progress(0.95, 'write');
  try {
    await writeFileAtomic(target.path, bytes);
  } catch (error) {
    throw fromFsError(error, target.path, 'write');
  }
  ctx.session.exported.add(path.resolve(target.path));
  progress(1, 'done');
  return { path: target.path, name: path.basename(target.path), bytes: bytes.length, downloadUrl: target.downloadUrl };
}

export async function showInFolder(ctx: HandlerContext, args: ArgsOf<'showInFolder'>): Promise<null> {
  if (!ctx.platform.reveal) throw new InputError({ message: 'showing files in a folder is only available in the desktop app' });
  const file = path.resolve(args.path);
  if (!ctx.session.exported.has(file)) throw new InputError({ file: args.path, message: 'Huibao only shows files it exported in this session' });
  await fs.access(file).catch((error: unknown) => {
    throw fromFsError(error, args.path, 'read');
  });
  ctx.platform.reveal(file);
  return null;
}
