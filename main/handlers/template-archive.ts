/**
 * Sharing packs across an office: a pack (built-in or user) exported as one reproducible .zip, and a shared .zip
 * installed as a user pack. The template library judges archives in memory — entry names, links, sizes, the whole
 * pack check — before anything is written, and the pack is then saved atomically into the user templates folder.
 */
import path from 'node:path';
import type { ArgsOf, ExportedFile, TemplateImportResult } from '../contract.js';
import { fromFsError } from '../cli/errors.js';
import { writeFileAtomic } from '../cli/node-ports.js';
import { ARCHIVE_EXTENSION, exportPackArchive, formatPackProblem, importPackArchive } from '../engine/template-library/index.js';
import { installedIdentities, readPackFolder, saveUserPack } from '../node/user-templates.js';
import type { HandlerContext } from './context.js';
import { current, rememberOriginal } from './template-history.js';
import { installedPack } from './template-editor.js';
import { templateSourceView } from './template-source-view.js';

export async function exportTemplate(ctx: HandlerContext, args: ArgsOf<'exportTemplate'>): Promise<ExportedFile | null> {
  const pack = await installedPack(ctx, args.templateId);
  // A user pack is exported as it is on disk: the editor saves every accepted edit at once.
  const bytes = await exportPackArchive(await readPackFolder(pack.folder, pack.id), pack.id);
  const target = await ctx.platform.exportTarget(`${pack.id}${ARCHIVE_EXTENSION}`, 'template-pack', null);
  if (!target) return null;
  try {
    await writeFileAtomic(target.path, bytes);
  } catch (error) {
    throw fromFsError(error, target.path, 'write');
  }
  ctx.session.exported.add(path.resolve(target.path));
  return { path: target.path, name: path.basename(target.path), bytes: bytes.length, downloadUrl: target.downloadUrl };
}

export async function importTemplate(ctx: HandlerContext, args: ArgsOf<'importTemplate'>): Promise<TemplateImportResult> {
  const label = path.basename(args.name);
  const imported = await importPackArchive(new Uint8Array(Buffer.from(args.base64, 'base64')), { label, existing: await installedIdentities(ctx.userDataDir) });
  await saveUserPack(ctx.userDataDir, imported.id, imported.files);
  // The pack as it arrived is its original: "reset" brings it back after edits.
  await rememberOriginal(ctx, imported.id, imported.files);
  const step = await current(ctx, imported.id);
  return {
    template: templateSourceView(step.files, imported.id, 'user', step.state),
    renamedFrom: imported.renamedFrom?.id ?? null,
    warnings: imported.warnings.map((warning) => formatPackProblem(imported.id, warning)),
  };
}
