/**
 * Template packs on disk, for the shells: the built-in packs in resourceDir('templates'), the user's own packs in the
 * user-data folder, and a pack folder the user names. `--template` takes an id (gov-blue), a pack's Chinese or English
 * name (党建红), or a folder.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { folderReadPort } from '../cli/node-ports.js';
import { DEFAULT_TEMPLATE_ID, listTemplatePacks, type PackListing } from '../engine/template/list-packs.js';
import { loadTemplatePack } from '../engine/template/load-pack.js';
import { MANIFEST_FILE, type TemplatePack } from '../engine/template/pack.js';
import { resourceDir } from './paths.js';
import { useTextCache } from './text-cache.js';
import { defaultUserDataDir, locatePack } from './user-templates.js';

/** Every built-in pack (a broken one listed with its error). */
export function builtInTemplatePacks(): Promise<PackListing[]> {
  useTextCache();
  return listTemplatePacks(folderReadPort(resourceDir('templates')), 'templates');
}

/** The pack the user chose; throws an InputError naming what is available when nothing matches. */
export async function openTemplatePack(choice: string = DEFAULT_TEMPLATE_ID, userDataDir: string = defaultUserDataDir()): Promise<TemplatePack> {
  const builtIn = resourceDir('templates');
  useTextCache();
  const looksLikePath = /[\\/]/.test(choice) || choice.startsWith('.');
  // An id is a folder name: load just that pack (checking every pack only to pick one costs start-up time).
  if (!looksLikePath && /^[a-z0-9][a-z0-9-]*$/.test(choice) && isFile(path.join(builtIn, choice, MANIFEST_FILE))) {
    return loadTemplatePack(folderReadPort(path.join(builtIn, choice)), `templates/${choice}`);
  }
  if (looksLikePath || isDirectory(choice)) return loadTemplatePack(folderReadPort(choice), choice.replace(/[\\/]+$/, ''));
  // A name, or the id of a pack the user made ("huibao templates new", "import", the app's Duplicate).
  const located = await locatePack(choice, userDataDir);
  return loadTemplatePack(folderReadPort(located.folder), located.label);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
