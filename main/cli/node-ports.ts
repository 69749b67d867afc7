/**
 * Disk ports for the shells: a ReadPort confined to one folder, and atomic writes (temporary file, then rename)
 * so a crash or a full disk never leaves a half-written deck or project file behind.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ReadPort } from '../engine/ports.js';

/** Resolve `relative` inside `root`, refusing anything that would leave it (`..`, absolute paths, drive letters). */
export function resolveInside(root: string, relative: string): string {
  if (relative.includes('\0')) throw new Error(`refused path with a NUL byte: ${JSON.stringify(relative)}`);
  if (path.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) throw new Error(`refused absolute path "${relative}"`);
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  if (full !== base && !full.startsWith(base + path.sep)) throw new Error(`refused path "${relative}": it leaves ${base}`);
  return full;
}

export function folderReadPort(root: string): ReadPort {
  return {
    readBytes: async (relative) => new Uint8Array(await fs.readFile(resolveInside(root, relative))),
    readText: async (relative) => fs.readFile(resolveInside(root, relative), 'utf8'),
    list: async (relative) => {
      try {
        return (await fs.readdir(resolveInside(root, relative))).sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    exists: async (relative) => {
      try {
        await fs.access(resolveInside(root, relative));
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
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
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
