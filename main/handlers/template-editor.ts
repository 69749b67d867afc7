/**
 * The template editor's channels. Built-in packs are read-only: they can be duplicated into the user's templates
 * folder and looked at, nothing more. User packs are edited through the template library's applyPackEdit, whose
 * result is checked as a whole pack (it must load) before it is saved — atomically, by template-history.ts — so an
 * invalid edit leaves the pack on disk as it was. Ids are checked as pack ids before any path is made from them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ArgsOf, TemplateEdit, TemplatePreview, TemplateSourceView, TemplateTextProblem, TemplateUpdateResult } from '../contract.js';
import { InputError } from '../engine/errors.js';
import { SelectionSchema } from '../engine/selection/schema.js';
import {
  applyPackEdit,
  checkPackFiles,
  checkTextTemplate,
  duplicatePack,
  idFromName,
  identityOf,
  packProblemsError,
  PACK_ID,
  uniqueIdentity,
  type PackEdit,
  type PackFiles,
} from '../engine/template-library/index.js';
import { MANIFEST_FILE } from '../engine/template/pack.js';
import { resourceDir } from '../node/paths.js';
import { installedIdentities, readPackFolder, removeUserPack, saveUserPack, userTemplatesDir } from '../node/user-templates.js';
import type { HandlerContext } from './context.js';
import { current, edit, forgetPack, move, rememberOriginal } from './template-history.js';
import { templateSourceView, type HistoryState } from './template-source-view.js';
import { sampleReport } from './templates.js';
import { toWireDeck } from './wire-deck.js';

const READ_ONLY: HistoryState = { canUndo: false, canRedo: false, modified: false };

export async function duplicateTemplate(ctx: HandlerContext, args: ArgsOf<'duplicateTemplate'>): Promise<TemplateSourceView> {
  const from = await installedPack(ctx, args.templateId);
  const files = await readPackFolder(from.folder, from.id);
  const { name: fromName } = identityOf(files, from.id);
  const identity = uniqueIdentity(
    {
      id: (args.name === undefined ? undefined : idFromName(args.name)) ?? `${from.id.slice(0, 34)}-copy`,
      name: args.name === undefined ? { zh: `${fromName.zh} 副本`.slice(0, 40), en: `${fromName.en} copy`.slice(0, 60) } : { zh: args.name, en: args.name },
    },
    await installedIdentities(ctx.userDataDir),
  );
  const copy = duplicatePack(files, identity, identity.id);
  const check = await checkPackFiles(copy, identity.id);
  if (!check.pack) throw packProblemsError(identity.id, check.problems);
  await saveUserPack(ctx.userDataDir, identity.id, copy);
  await rememberOriginal(ctx, identity.id, copy);
  const step = await current(ctx, identity.id);
  return templateSourceView(step.files, identity.id, 'user', step.state);
}

export async function getTemplateSource(ctx: HandlerContext, args: ArgsOf<'getTemplateSource'>): Promise<TemplateSourceView> {
  const pack = await installedPack(ctx, args.templateId);
  if (pack.source === 'built-in') return templateSourceView(await readPackFolder(pack.folder, pack.id), pack.id, 'built-in', READ_ONLY);
  const step = await current(ctx, pack.id);
  return templateSourceView(step.files, pack.id, 'user', step.state);
}

export async function updateTemplate(ctx: HandlerContext, args: ArgsOf<'updateTemplate'>): Promise<TemplateUpdateResult> {
  const id = await userPackId(ctx, args.templateId);
  const wanted = args.edit;
  // A text is checked first so its problems come back at line and column rather than as one refusal.
  if (wanted.kind === 'text') {
    const problems = checkTextTemplate(wanted.source, wanted.name);
    if (problems.length > 0) return { saved: false, textName: wanted.name, problems };
  }
  const packEdit = toPackEdit(wanted);
  // A colour dragged across the picker arrives as many edits of one field: they make one undo step.
  const coalesce = wanted.kind === 'color' ? `color:${wanted.name}` : undefined;
  const { step } = await edit(ctx, id, async (files) => ({ files: await checked(applyPackEdit(files, packEdit, id), id), value: null }), coalesce);
  return { saved: true, template: templateSourceView(step.files, id, 'user', step.state) };
}

export function checkTemplateText(_ctx: HandlerContext, args: ArgsOf<'checkTemplateText'>): Promise<TemplateTextProblem[]> {
  return Promise.resolve(checkTextTemplate(args.source, args.name));
}

export async function undoTemplate(ctx: HandlerContext, args: ArgsOf<'undoTemplate'>): Promise<TemplateSourceView> {
  const id = await userPackId(ctx, args.templateId);
  const step = await move(ctx, id, -1);
  return templateSourceView(step.files, id, 'user', step.state);
}

export async function redoTemplate(ctx: HandlerContext, args: ArgsOf<'redoTemplate'>): Promise<TemplateSourceView> {
  const id = await userPackId(ctx, args.templateId);
  const step = await move(ctx, id, 1);
  return templateSourceView(step.files, id, 'user', step.state);
}

export async function resetTemplate(ctx: HandlerContext, args: ArgsOf<'resetTemplate'>): Promise<TemplateSourceView> {
  const id = await userPackId(ctx, args.templateId);
  const { step } = await edit(ctx, id, async (files, history) => ({ ...(files === history.original ? {} : { files: history.original }), value: null }));
  return templateSourceView(step.files, id, 'user', step.state);
}

export async function deleteTemplate(ctx: HandlerContext, args: ArgsOf<'deleteTemplate'>): Promise<null> {
  const id = await userPackId(ctx, args.templateId);
  if (ctx.session.current?.state.templateId === id) throw new InputError({ message: 'the open report uses this template', hint: 'Choose another template for the report first' });
  await removeUserPack(ctx.userDataDir, id);
  await forgetPack(ctx, id);
  return null;
}

/** The pack planned with the open report's choices, or with the bundled sample when no report is open. */
export async function previewTemplate(ctx: HandlerContext, args: ArgsOf<'previewTemplate'>): Promise<TemplatePreview> {
  const pack = await installedPack(ctx, args.templateId);
  const doc = ctx.session.current;
  const report = doc?.report ?? (await sampleReport(ctx));
  const selection = doc?.state.selection ?? SelectionSchema.parse({});
  const sourceText = doc?.sourceText;
  const { deck, warnings } = await ctx.engine.plan({ report, templateId: pack.id, selection, ...(sourceText === undefined ? {} : { sourceText }) });
  return { templateId: pack.id, deck: toWireDeck(deck), warnings };
}

/** The wire's edit as the library's: images arrive as base64, optional fields leave out what was not sent. */
function toPackEdit(wanted: TemplateEdit): PackEdit {
  switch (wanted.kind) {
    case 'image':
      return { kind: 'image', slot: wanted.slot, data: new Uint8Array(Buffer.from(wanted.base64, 'base64')), ...(wanted.alt === undefined ? {} : { alt: wanted.alt }) };
    case 'fonts':
      return { kind: 'fonts', ...(wanted.latin === undefined ? {} : { latin: wanted.latin }), ...(wanted.eastAsian === undefined ? {} : { eastAsian: wanted.eastAsian }) };
    default:
      return wanted;
  }
}

/**
 * An installed pack by its exact id (never a name or a path: those are the CLI's conveniences). Built-in ids are
 * reserved, so the built-in folder is asked first; only the one pack's manifest is looked for, not every pack loaded.
 */
export async function installedPack(ctx: HandlerContext, templateId: string): Promise<{ id: string; folder: string; source: 'built-in' | 'user' }> {
  if (!PACK_ID.test(templateId)) throw new InputError({ message: `"${templateId}" is not a template id` });
  for (const [source, root] of [['built-in', resourceDir('templates')], ['user', userTemplatesDir(ctx.userDataDir)]] as const) {
    const folder = path.join(root, templateId);
    // lstat, so a pack folder that is a link elsewhere is not followed (nothing outside the templates folder is touched).
    const [dir, manifest] = await Promise.all([fs.lstat(folder).catch(() => undefined), fs.lstat(path.join(folder, MANIFEST_FILE)).catch(() => undefined)]);
    if (dir?.isDirectory() && manifest?.isFile()) return { id: templateId, folder, source };
  }
  throw new InputError({ message: `there is no template "${templateId}"`, hint: 'Pick one from the template list' });
}

async function userPackId(ctx: HandlerContext, templateId: string): Promise<string> {
  const pack = await installedPack(ctx, templateId);
  if (pack.source !== 'user') throw new InputError({ message: `"${templateId}" is a built-in template and cannot be changed`, hint: 'Duplicate it and edit the copy' });
  return pack.id;
}

/** The edited files when they make a pack that loads; otherwise every problem, and nothing is saved. */
async function checked(files: PackFiles, label: string): Promise<PackFiles> {
  const check = await checkPackFiles(files, label);
  if (!check.pack) throw packProblemsError(label, check.problems);
  return files;
}
