/** The work of `huibao templates new|check|export|import` (see templates-manage.ts). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../engine/errors.js';
import { exportPackArchive } from '../../engine/template-library/archive-export.js';
import { importPackArchive, type ImportedPack } from '../../engine/template-library/archive-import.js';
import { checkPackFiles, formatPackProblem, openPackFiles, type PackProblem } from '../../engine/template-library/check-pack.js';
import { duplicatePack } from '../../engine/template-library/duplicate-pack.js';
import { idFromName, uniqueIdentity, type PackIdentity } from '../../engine/template-library/identity.js';
import { formatBytes, PACK_LIMITS } from '../../engine/template-library/limits.js';
import { MAX_OFFICE_FILE_BYTES, themeFromPptx } from '../../engine/template-library/office-theme.js';
import type { PackFiles } from '../../engine/template-library/pack-files.js';
import { packFromTheme } from '../../engine/template-library/pack-from-theme.js';
import { DEFAULT_TEMPLATE_ID } from '../../engine/template/list-packs.js';
import type { TemplatePack } from '../../engine/template/pack.js';
import { defaultUserDataDir, installedIdentities, locatePack, readPackFolder, saveUserPack } from '../../node/user-templates.js';
import { fromFsError } from '../errors.js';
import type { CliIo } from '../io.js';
import { writeFileAtomic } from '../node-ports.js';
import type { ImportFlags, NewFlags } from './templates-manage.js';

export { defaultUserDataDir };

async function readPack(userDataDir: string, choice: string): Promise<{ files: PackFiles; label: string; pack: TemplatePack }> {
  const located = await locatePack(choice, userDataDir);
  const files = await readPackFolder(located.folder, located.label);
  return { files, label: located.label, pack: await openPackFiles(files, located.label) };
}

export async function newPack(io: CliIo, userDataDir: string, name: string, flags: NewFlags): Promise<void> {
  const source = await readPack(userDataDir, flags.from);
  const zh = name.trim();
  const en = flags.nameEn?.trim() || (/^[\x20-\x7e]+$/.test(zh) ? zh : `Custom ${source.pack.manifest.name.en}`.slice(0, 60));
  const id = flags.id ?? idFromName(zh) ?? idFromName(flags.nameEn ?? '') ?? `${source.pack.id.slice(0, 32)}-custom`;
  const identity = await chooseIdentity(userDataDir, { id, name: { zh, en } }, flags.id !== undefined);
  const files = duplicatePack(source.files, identity, source.label);
  await openPackFiles(files, identity.id);
  const folder = await saveUserPack(userDataDir, identity.id, files);
  io.out(`created ${identity.id} “${identity.name.zh}” from ${source.pack.id} in ${folder}`);
  io.out(`build with it: huibao build REPORT --template "${folder}"`);
}

/** A free identity: an id the user typed must be free as it is; otherwise the smallest free number is added. */
async function chooseIdentity(userDataDir: string, wanted: PackIdentity, explicitId: boolean): Promise<PackIdentity> {
  const existing = await installedIdentities(userDataDir);
  if (explicitId && existing.some((pack) => pack.id === wanted.id)) {
    throw new InputError({ message: `--id ${wanted.id}: a pack with this id already exists`, hint: 'Choose another id, or leave --id out to get a free one' });
  }
  return uniqueIdentity(wanted, existing);
}

export async function checkPack(io: CliIo, dir: string): Promise<void> {
  const label = dir.replace(/[\\/]+$/, '');
  const check = await checkPackFiles(await readPackFolder(dir, label), label);
  for (const problem of check.problems) io.out(formatPackProblem(label, problem));
  for (const warning of check.warnings) io.out(`${formatPackProblem(label, warning)} (warning)`);
  if (!check.pack) {
    const count = check.problems.length === 1 ? '1 problem' : `${check.problems.length} problems`;
    throw new InputError({ file: label, message: `not a usable template pack: ${count} (listed above)` });
  }
  const { id, name } = check.pack.manifest;
  io.out(`${label}: ok — ${name.zh} ${name.en} (${id}), ${check.pack.texts.size} texts${warningCount(check.warnings)}`);
}

const warningCount = (warnings: readonly PackProblem[]): string => (warnings.length === 0 ? '' : `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);

export async function exportPack(io: CliIo, userDataDir: string, choice: string, output: string): Promise<void> {
  const source = await readPack(userDataDir, choice);
  const archive = await exportPackArchive(source.files, source.label);
  try {
    await writeFileAtomic(output, archive);
  } catch (error) {
    throw fromFsError(error, output, 'write');
  }
  io.out(`${output}: pack ${source.pack.id} “${source.pack.manifest.name.zh}”, ${source.files.size} files, ${formatBytes(archive.length)}`);
}

export async function importPack(io: CliIo, userDataDir: string, file: string, flags: ImportFlags): Promise<void> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.pptx' || extension === '.potx') return importTheme(io, userDataDir, file, flags);
  if (extension !== '.zip') throw new InputError({ file, message: 'is neither a pack archive nor a PowerPoint file', hint: 'Give a .zip exported by "huibao templates export", or a .pptx/.potx to take its theme' });
  for (const option of ['from', 'name', 'id'] as const) {
    if (flags[option] !== undefined) throw new InputError({ message: `--${option} applies to .pptx/.potx only`, hint: 'A pack archive keeps its own name (renamed only if taken)' });
  }
  const bytes = await readCapped(file, PACK_LIMITS.maxArchiveBytes);
  const imported = await importPackArchive(bytes, { label: file, existing: await installedIdentities(userDataDir) });
  const folder = await saveUserPack(userDataDir, imported.id, imported.files);
  printImported(io, imported, folder);
}

function printImported(io: CliIo, imported: ImportedPack, folder: string): void {
  io.out(`imported ${imported.id} “${imported.pack.manifest.name.zh}” into ${folder}`);
  if (imported.renamedFrom) io.out(`  renamed from ${imported.renamedFrom.id} “${imported.renamedFrom.name.zh}”: that id or name was taken`);
  if (imported.skipped.length) io.out(`  left out archiver clutter: ${imported.skipped.join(', ')}`);
  for (const warning of imported.warnings) io.err(`huibao: warning: ${formatPackProblem(imported.id, warning)}`);
}

async function importTheme(io: CliIo, userDataDir: string, file: string, flags: ImportFlags): Promise<void> {
  const theme = await themeFromPptx(await readCapped(file, MAX_OFFICE_FILE_BYTES), file);
  const base = await readPack(userDataDir, flags.from ?? DEFAULT_TEMPLATE_ID);
  const fileName = path.basename(file, path.extname(file));
  const generic = /^office( theme)?$/i.test(theme.name.trim());
  const zh = (flags.name ?? (generic ? fileName : theme.name)).trim().slice(0, 40) || fileName.slice(0, 40);
  const en = /^[\x20-\x7e]+$/.test(zh) ? zh : `${base.pack.manifest.name.en} (${theme.name})`.slice(0, 60);
  const id = flags.id ?? idFromName(zh) ?? idFromName(fileName) ?? idFromName(theme.name) ?? 'office-theme';
  const identity = await chooseIdentity(userDataDir, { id, name: { zh, en } }, flags.id !== undefined);
  const files = packFromTheme(base.files, theme, identity, base.label);
  const check = await checkPackFiles(files, identity.id);
  if (!check.pack) throw new InputError({ file, message: 'the pack made from this theme is not usable', problems: check.problems.map((problem) => ({ message: formatPackProblem(identity.id, problem) })) });
  const folder = await saveUserPack(userDataDir, identity.id, files);
  const { colors, fonts } = check.pack.manifest;
  io.out(`imported ${identity.id} “${identity.name.zh}” into ${folder}`);
  io.out(`  from the theme “${theme.name}”: primary ${colors.primary}, accent ${colors.accent}, text ${colors.text}; fonts ${fonts.eastAsian} / ${fonts.latin}; layout of ${base.pack.id}`);
  for (const warning of check.warnings) io.err(`huibao: warning: ${formatPackProblem(identity.id, warning)}`);
}

async function readCapped(file: string, cap: number): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InputError({ file, message: 'is a folder, not a file' });
    if (stat.size > cap) throw new InputError({ file, message: `is ${formatBytes(stat.size)}; at most ${formatBytes(cap)} can be imported` });
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    throw fromFsError(error, file, 'read');
  }
}
