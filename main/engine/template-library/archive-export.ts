/**
 * Exporting a pack as one .zip to share across an office. Only a pack that passes every check is exported, so what
 * is shared always imports. The archive is reproducible — entries sorted, one fixed date, no platform attributes —
 * and holds one folder named after the pack's id, so unzipping it by hand also gives a usable pack folder.
 */
import { writeZip } from '../write/pptx/zip-writer.js';
import { openPackFiles } from './check-pack.js';
import type { PackFiles } from './pack-files.js';

export const ARCHIVE_EXTENSION = '.zip';

export async function exportPackArchive(files: PackFiles, label: string): Promise<Uint8Array> {
  const pack = await openPackFiles(files, label);
  const paths = [...files.keys()].sort();
  return writeZip(paths.map((path) => ({ name: `${pack.id}/${path}`, data: files.get(path) ?? new Uint8Array() })));
}
