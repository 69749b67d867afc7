/**
 * Disk ports for the shells: a ReadPort confined to one folder, and atomic writes (temporary file, then rename)
 * so a crash or a full disk never leaves a half-written deck or project file behind.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../engine/errors.js';
import type { ReadPort } from '../engine/ports.js';
import { tempSuffix } from '../node/temp-name.js';

/** A path that tries to leave its folder is the input's fault (a hostile pack, a bad option), so exit code 2. */
function refused(root: string, relative: string, why: string): InputError {
  return new InputError({ file: root, message: `refused the path ${JSON.stringify(relative)}: ${why}`, hint: 'Files may only be read from inside this folder' });
}

/** Resolve `relative` inside `root`, refusing anything that would leave it (`..`, absolute paths, drive letters). */
export function resolveInside(root: string, relative: string): string {
  if (relative.includes('\0')) throw refused(root, relative, 'it contains a NUL byte');
  if (path.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) throw refused(root, relative, 'it is absolute');
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  if (full !== base && !full.startsWith(base + path.sep)) throw refused(root, relative, 'it leaves the folder');
  return full;
}

/**
 * Resolve inside `root` by the letters of the path, then again after following symbolic links: a template pack whose
 * `text/title.hbs` links to `~/.ssh/id_rsa` must not put that file on a slide.
 */
async function resolveExistingInside(root: string, relative: string): Promise<string> {
  const full = resolveInside(root, relative);
  const [realRoot, realFull] = await Promise.all([fs.realpath(root), fs.realpath(full)]);
  if (realFull !== realRoot && !realFull.startsWith(realRoot + path.sep)) throw refused(root, relative, 'it is a link to a file outside the folder');
  return realFull;
}

export function folderReadPort(root: string): ReadPort {
  return {
    readBytes: async (relative) => new Uint8Array(await fs.readFile(await resolveExistingInside(root, relative))),
    readText: async (relative) => fs.readFile(await resolveExistingInside(root, relative), 'utf8'),
    list: async (relative) => {
      try {
        return (await fs.readdir(await resolveExistingInside(root, relative))).sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    exists: async (relative) => {
      try {
        await resolveExistingInside(root, relative);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Write a file atomically. The temporary file sits beside the target (same filesystem, so rename is atomic)
 * and is removed if anything fails; the previous file stays intact until the rename.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  await refuseReadOnly(target);
  const temp = path.join(dir, `.${path.basename(target)}.${tempSuffix()}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/**
 * rename() needs only the folder's permission, so without this check a file the user marked read-only would be
 * replaced silently. Checked by the mode bits, not access(), because root may write anything.
 */
async function refuseReadOnly(target: string): Promise<void> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isFile() && (stat.mode & 0o222) === 0) {
    throw Object.assign(new Error(`EACCES: ${target} is read-only`), { code: 'HUIBAO_READONLY' });
  }
}
