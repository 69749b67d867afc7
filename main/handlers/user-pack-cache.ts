/**
 * User template packs (`<user data>/templates/<id>/`) as the planner and exporters load them. A pack is cached under
 * a stamp of its folder — the inode, size and times of the folder and of every file in it — and reloaded when the
 * stamp differs: the editor's saves rename a whole new folder into place, and an author editing a file by hand
 * changes that file's times. Taking the stamp costs a directory walk of a few dozen entries, far less than loading
 * the pack, so the preview stays fast and the job worker, which shares no memory with the editor's handlers, sees
 * every change without being told.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { folderReadPort } from '../cli/node-ports.js';
import { PACK_ID } from '../engine/template-library/identity.js';
import { loadTemplatePack } from '../engine/template/load-pack.js';
import type { TemplatePack } from '../engine/template/pack.js';
import { userTemplatesDir } from '../node/user-templates.js';

export interface StampedPack {
  readonly pack: TemplatePack;
  /** Changes whenever the pack's folder is replaced. */
  readonly stamp: string;
}

export interface UserPackCache {
  /** The user pack with this id, or undefined when there is none (a broken one throws its InputError). */
  load(id: string): Promise<StampedPack | undefined>;
  /** The ids of the folders in the user templates folder that may be packs. */
  ids(): Promise<string[]>;
}

export function createUserPackCache(userDataDir: string): UserPackCache {
  const root = userTemplatesDir(userDataDir);
  const cache = new Map<string, { readonly stamp: string; readonly pack: Promise<TemplatePack> }>();
  return {
    load: async (id) => {
      if (!PACK_ID.test(id)) return undefined;
      const folder = path.join(root, id);
      const stamp = await packStamp(folder);
      if (stamp === undefined) return undefined;
      let entry = cache.get(id);
      if (entry?.stamp !== stamp) {
        // A failed load is kept too, under its stamp: the same error answers until the author changes a file.
        entry = { stamp, pack: loadTemplatePack(folderReadPort(folder), folder) };
        entry.pack.catch(() => undefined);
        cache.set(id, entry);
      }
      return { pack: await entry.pack, stamp };
    },
    ids: async () => {
      const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
      return entries
        .filter((entry) => entry.isDirectory() && PACK_ID.test(entry.name))
        .map((entry) => entry.name)
        .sort();
    },
  };
}

/** The stamp of a pack folder (see above); undefined when it is not a folder (a link to one is not followed). */
export async function packStamp(folder: string): Promise<string | undefined> {
  const stat = await fs.lstat(folder).catch(() => undefined);
  if (!stat?.isDirectory()) return undefined;
  const parts = [`${stat.ino}:${stat.mtimeMs}:${stat.ctimeMs}`];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      const info = await fs.lstat(full).catch(() => undefined);
      if (!info) continue;
      parts.push(`${entry.name}:${info.ino}:${info.size}:${info.mtimeMs}`);
      // Packs are two levels deep (text/, assets/); a deeper tree is refused by the pack check anyway.
      if (info.isDirectory() && depth < 3) await walk(full, depth + 1);
    }
  };
  await walk(folder, 0);
  return parts.join('|');
}
