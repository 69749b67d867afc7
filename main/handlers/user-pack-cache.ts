/**
 * User template packs (`<user data>/templates/<id>/`) as the planner and exporters load them. The editor saves a
 * pack by renaming a whole new folder into place, so the folder's inode and times change with every save: a pack is
 * cached under that stamp and reloaded when it differs. That keeps the preview fast and lets the job worker, which
 * shares no memory with the editor's handlers, see every save without being told.
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
      const stat = await fs.lstat(folder).catch(() => undefined);
      if (!stat?.isDirectory()) return undefined;
      const stamp = `${stat.ino}:${stat.mtimeMs}:${stat.ctimeMs}`;
      let entry = cache.get(id);
      if (entry?.stamp !== stamp) {
        entry = { stamp, pack: loadTemplatePack(folderReadPort(folder), folder) };
        // A failed load is not kept: the author may fix the pack by hand.
        entry.pack.catch(() => cache.delete(id));
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
