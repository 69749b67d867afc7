/**
 * The packs in a folder of packs (the built-in `templates/`, or a user's library): every sub-folder holding a
 * template.json. A broken pack is listed with its error instead of hiding the others.
 */
import { InputError } from '../errors.js';
import type { ReadPort } from '../ports.js';
import { loadTemplatePack } from './load-pack.js';
import { MANIFEST_FILE, type TemplatePack } from './pack.js';
import { subPort } from './sub-port.js';

/** The pack used when none is chosen: sober, and right for most government and enterprise meetings. */
export const DEFAULT_TEMPLATE_ID = 'gov-blue';

export type PackListing = { readonly folder: string; readonly pack: TemplatePack } | { readonly folder: string; readonly error: InputError };

/** `labelPrefix` is how messages name the folder, e.g. "templates". */
export async function listTemplatePacks(port: ReadPort, labelPrefix = 'templates'): Promise<PackListing[]> {
  const folders = (await port.list('')).filter((name) => !name.startsWith('.'));
  const listings: PackListing[] = [];
  for (const folder of folders) {
    if (!(await port.exists(`${folder}/${MANIFEST_FILE}`))) continue;
    const label = `${labelPrefix}/${folder}`;
    try {
      const pack = await loadTemplatePack(subPort(port, folder), label);
      if (pack.id !== folder) {
        throw new InputError({ file: `${label}/${MANIFEST_FILE}`, message: 'id does not match the folder', problems: [{ where: 'id', message: `"${pack.id}" but the folder is "${folder}"` }], hint: 'Rename the folder or change the id' });
      }
      listings.push({ folder, pack });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      listings.push({ folder, error });
    }
  }
  return listings;
}

/**
 * Find a pack by id, or by its Chinese or English name (people type "党建红"), ignoring case.
 * Throws an InputError listing what is available when nothing matches.
 */
export function findPack(listings: readonly PackListing[], wanted: string): TemplatePack {
  const key = wanted.trim().toLowerCase();
  for (const listing of listings) {
    const names = 'pack' in listing ? [listing.folder, listing.pack.manifest.name.zh, listing.pack.manifest.name.en] : [listing.folder];
    if (!names.some((name) => name.toLowerCase() === key)) continue;
    if ('error' in listing) throw listing.error;
    return listing.pack;
  }
  const available = listings.map((listing) => ('pack' in listing ? `${listing.folder} (${listing.pack.manifest.name.zh})` : listing.folder));
  throw new InputError({
    message: `no template pack "${wanted}"`,
    hint: available.length ? `Available: ${available.join(', ')}; or give the folder of a pack` : 'No template packs were found; give the folder of a pack',
  });
}
