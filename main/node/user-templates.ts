/**
 * Where user template packs live and how they are read and written: `<user data>/templates/<id>/`, beside the
 * built-in packs (resourceDir('templates')), whose ids are reserved. The user-data folder is a parameter: the app
 * passes Electron's app.getPath('userData'); the CLI uses defaultUserDataDir(), the same folder Electron uses for
 * an app named "huibao", or $HUIBAO_USER_DATA.
 *
 * A pack is written whole or not at all: its files go into a hidden temporary folder inside the templates folder,
 * which is then renamed into place (atomic on one filesystem). Every path is resolved inside that folder first.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { folderReadPort, resolveInside } from '../cli/node-ports.js';
import { InputError } from '../engine/errors.js';
import { PACK_ID, type PackIdentity } from '../engine/template-library/identity.js';
import { formatBytes, PACK_LIMITS } from '../engine/template-library/limits.js';
import type { PackFiles } from '../engine/template-library/pack-files.js';
import { isArchiverJunk, maxBytesFor, packFileKind } from '../engine/template-library/pack-layout.js';
import { findPack, listTemplatePacks, type PackListing } from '../engine/template/list-packs.js';
import { MANIFEST_FILE } from '../engine/template/pack.js';
import { resourceDir } from './paths.js';
import { tempSuffix } from './temp-name.js';

export const USER_DATA_ENV = 'HUIBAO_USER_DATA';
/** The name `huibao serve` reads (main/serve/user-data-dir.ts): honoured too, so both commands agree on one folder. */
export const SERVE_DATA_ENV = 'HUIBAO_DATA_DIR';
/** Electron names the user-data folder after the app; the app must be named this for both shells to agree. */
export const APP_FOLDER = 'huibao';
export const USER_TEMPLATES_FOLDER = 'templates';

/** Electron's app.getPath('userData') for an app named "huibao" (main/app/main.ts sets it so), or $HUIBAO_USER_DATA. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  const override = env[USER_DATA_ENV] || env[SERVE_DATA_ENV];
  if (override) return path.resolve(override);
  if (platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env['XDG_CONFIG_HOME'] || path.join(home, '.config'), APP_FOLDER);
}

export function userTemplatesDir(userDataDir: string): string {
  return path.join(userDataDir, USER_TEMPLATES_FOLDER);
}

export interface InstalledPack {
  readonly source: 'built-in' | 'user';
  /** The pack's folder on disk. */
  readonly folder: string;
  readonly listing: PackListing;
}

/** Built-in packs, then the user's; a user pack using a built-in id is listed with an error. */
export async function listInstalledPacks(userDataDir: string): Promise<InstalledPack[]> {
  const builtInDir = resourceDir('templates');
  const userDir = userTemplatesDir(userDataDir);
  const builtIn = await listTemplatePacks(folderReadPort(builtInDir), 'templates');
  const reserved = new Set(builtIn.map((listing) => listing.folder));
  const user = (await listTemplatePacks(folderReadPort(userDir), userDir)).map((listing) => (reserved.has(listing.folder) ? reservedError(listing, userDir) : listing));
  return [...builtIn.map((listing) => ({ source: 'built-in' as const, folder: path.join(builtInDir, listing.folder), listing })), ...user.map((listing) => ({ source: 'user' as const, folder: path.join(userDir, listing.folder), listing }))];
}

function reservedError(listing: PackListing, userDir: string): PackListing {
  const error = new InputError({ file: path.join(userDir, listing.folder, MANIFEST_FILE), message: `the id "${listing.folder}" belongs to a built-in pack`, hint: 'Rename the folder and the id' });
  return { folder: listing.folder, error };
}

/** Ids and names already taken (broken user packs still hold their folder name). */
export async function installedIdentities(userDataDir: string): Promise<PackIdentity[]> {
  return (await listInstalledPacks(userDataDir)).map(({ listing }) => ('pack' in listing ? { id: listing.pack.id, name: listing.pack.manifest.name } : { id: listing.folder, name: { zh: listing.folder, en: listing.folder } }));
}

/** A pack's folder: an installed pack by id or name (built-in first), or a folder the user names. */
export async function locatePack(choice: string, userDataDir: string): Promise<{ readonly folder: string; readonly label: string; readonly source: 'built-in' | 'user' | 'folder' }> {
  const folder = { folder: path.resolve(choice), label: choice.replace(/[\\/]+$/, ''), source: 'folder' as const };
  if (/[\\/]/.test(choice) || choice.startsWith('.')) return folder;
  const installed = await listInstalledPacks(userDataDir);
  let pack;
  try {
    pack = findPack(
      installed.map((item) => item.listing),
      choice,
    );
  } catch (error) {
    if (error instanceof InputError && (await isDirectory(choice))) return folder;
    throw error;
  }
  const found = installed.find((item) => 'pack' in item.listing && item.listing.pack === pack);
  if (!found) throw new Error(`pack ${pack.id} was found but not its folder`);
  return { folder: found.folder, label: found.source === 'built-in' ? `templates/${pack.id}` : found.folder, source: found.source };
}

/**
 * Every file of a pack folder, for checking, duplicating or exporting. Hidden files and archiver clutter are left
 * out; symbolic links, too many files and files over their size cap are refused before anything is read.
 */
export async function readPackFolder(dir: string, label: string): Promise<PackFiles> {
  const found = await listFiles(dir, label);
  const files = new Map<string, Uint8Array>();
  for (const relative of found) files.set(relative, new Uint8Array(await fs.readFile(path.join(dir, ...relative.split('/')))));
  return files;
}

async function listFiles(root: string, label: string): Promise<string[]> {
  const out: string[] = [];
  let total = 0;
  const walk = async (relative: string): Promise<void> => {
    const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true }).catch((error: unknown) => {
      throw new InputError({ file: label, message: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`, hint: 'Give the folder of a template pack' });
    });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const inner = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.') || isArchiverJunk(inner)) continue;
      if (entry.isSymbolicLink()) throw new InputError({ file: `${label}/${inner}`, message: 'is a symbolic link; packs hold only plain files' });
      if (entry.isDirectory()) await walk(inner);
      else if (entry.isFile()) {
        const size = (await fs.lstat(path.join(root, inner))).size;
        const kind = packFileKind(inner);
        const cap = typeof kind === 'object' ? PACK_LIMITS.maxTotalBytes : maxBytesFor(kind);
        if (size > cap) throw new InputError({ file: `${label}/${inner}`, message: `is ${formatBytes(size)}; at most ${formatBytes(cap)} is allowed` });
        total += size;
        out.push(inner);
        if (out.length > PACK_LIMITS.maxFiles) throw new InputError({ file: label, message: `holds more than ${PACK_LIMITS.maxFiles} files; is this a template pack?` });
        if (total > PACK_LIMITS.maxTotalBytes) throw new InputError({ file: label, message: `holds more than ${formatBytes(PACK_LIMITS.maxTotalBytes)}; a pack may be at most that` });
      }
    }
  };
  await walk('');
  return out;
}

/**
 * Write a checked pack into the user's templates folder as `<id>/`. A new pack never replaces another (choose a free
 * id first: uniqueIdentity); `replace` is for saving an edited user pack over itself.
 */
export async function saveUserPack(userDataDir: string, id: string, files: PackFiles, options: { readonly replace?: boolean } = {}): Promise<string> {
  if (!PACK_ID.test(id)) throw new InputError({ message: `"${id}" is not a pack id`, hint: 'Use lower-case letters, digits and "-"' });
  const root = userTemplatesDir(userDataDir);
  await fs.mkdir(root, { recursive: true });
  const target = resolveInside(root, id);
  const temp = resolveInside(root, `.incoming-${id}-${tempSuffix()}`);
  try {
    await writeFiles(temp, files);
    await moveIntoPlace(temp, target, root, options.replace === true);
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
  }
  return target;
}

async function writeFiles(folder: string, files: PackFiles): Promise<void> {
  await fs.mkdir(folder);
  for (const [relative, bytes] of files) {
    const kind = packFileKind(relative);
    if (typeof kind === 'object') throw new InputError({ file: relative, message: kind.problem });
    const file = resolveInside(folder, relative);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, bytes, { flag: 'wx' });
  }
}

async function moveIntoPlace(temp: string, target: string, root: string, replace: boolean): Promise<void> {
  if (!replace) {
    if (await exists(target)) throw new InputError({ file: target, message: 'a pack with this id already exists', hint: 'Choose another id' });
    await fs.rename(temp, target);
    return;
  }
  const old = resolveInside(root, `.replaced-${path.basename(target)}-${tempSuffix()}`);
  const hadOld = await exists(target);
  if (hadOld) await fs.rename(target, old);
  try {
    await fs.rename(temp, target);
  } catch (error) {
    if (hadOld) await fs.rename(old, target);
    throw error;
  }
  if (hadOld) await fs.rm(old, { recursive: true, force: true });
}

/** Delete a user pack (built-in packs are not in this folder and cannot be reached). */
export async function removeUserPack(userDataDir: string, id: string): Promise<void> {
  if (!PACK_ID.test(id)) throw new InputError({ message: `"${id}" is not a pack id` });
  const target = resolveInside(userTemplatesDir(userDataDir), id);
  if (!(await exists(path.join(target, MANIFEST_FILE)))) throw new InputError({ file: target, message: 'is not a user template pack' });
  await fs.rm(target, { recursive: true });
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

async function isDirectory(dir: string): Promise<boolean> {
  return fs.stat(dir).then(
    (stat) => stat.isDirectory(),
    () => false,
  );
}
