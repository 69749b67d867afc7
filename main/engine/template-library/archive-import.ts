/**
 * Importing a shared pack archive. Everything is judged in memory before the caller writes a byte: entry names (no
 * zip-slip: `..`, absolute paths, drive letters, backslashes), symbolic links, the number of entries, the declared
 * sizes (per file and in total) and then the real sizes while inflating, the pack's layout, and finally the whole
 * pack check (manifest schema, images by content, texts with known helpers only and no prototype access). A pack
 * whose id or name is taken — built-in ids are always taken — is renamed with the smallest free number.
 */
import type { TemplatePack } from '../template/pack.js';
import { checkPackFiles, packProblemsError, type PackProblem } from './check-pack.js';
import { identityOf, uniqueIdentity, withIdentity, type PackIdentity } from './identity.js';
import { formatBytes, PACK_LIMITS } from './limits.js';
import { MANIFEST_FILE } from '../template/pack.js';
import type { PackFiles } from './pack-files.js';
import { caseCollision, isArchiverJunk, maxBytesFor, packFileKind, unsafePathProblem } from './pack-layout.js';
import { readZipDirectory, readZipEntry, refused, type ZipEntry } from './zip-reader.js';

export interface ImportOptions {
  /** How messages name the archive, e.g. its file name. */
  readonly label: string;
  /** Every pack already installed, built-in ones included: their ids and names are taken. */
  readonly existing: readonly PackIdentity[];
}

export interface ImportedPack {
  readonly files: PackFiles;
  readonly pack: TemplatePack;
  readonly id: string;
  /** The identity the archive had, when its id or a name was taken and had to change. */
  readonly renamedFrom?: PackIdentity;
  /** Archiver clutter left out (__MACOSX/, .DS_Store, Thumbs.db). */
  readonly skipped: readonly string[];
  readonly warnings: readonly PackProblem[];
}

export async function importPackArchive(bytes: Uint8Array, options: ImportOptions): Promise<ImportedPack> {
  const { label } = options;
  if (bytes.length > PACK_LIMITS.maxArchiveBytes) throw refused(label, `is ${formatBytes(bytes.length)}; a pack archive may be at most ${formatBytes(PACK_LIMITS.maxArchiveBytes)}`);
  const entries = readZipDirectory(bytes, label, PACK_LIMITS.maxFiles);
  for (const entry of entries) refuseHostileEntry(entry, label);
  const skipped = entries.filter((entry) => !entry.directory && isArchiverJunk(entry.name)).map((entry) => entry.name);
  const wanted = entries.filter((entry) => !entry.directory && !isArchiverJunk(entry.name));
  const placed = placeEntries(wanted, label);
  const files = await inflateAll(bytes, placed, label);
  const check = await checkPackFiles(files, label);
  if (!check.pack) throw packProblemsError(label, check.problems);
  const identity = identityOf(files, label);
  const unique = uniqueIdentity(identity, options.existing);
  if (unique === identity) return { files, pack: check.pack, id: identity.id, skipped, warnings: check.warnings };
  const renamed = withIdentity(files, unique, label);
  const recheck = await checkPackFiles(renamed, label);
  if (!recheck.pack) throw packProblemsError(label, recheck.problems);
  return { files: renamed, pack: recheck.pack, id: unique.id, renamedFrom: identity, skipped, warnings: recheck.warnings };
}

function refuseHostileEntry(entry: ZipEntry, label: string): void {
  const name = entry.directory ? entry.name.replace(/\/+$/, '') : entry.name;
  const unsafe = unsafePathProblem(name);
  if (unsafe) throw refused(label, `${unsafe}; nothing is written outside the templates folder`, entry.name);
  if (entry.symlink) throw refused(label, 'is a symbolic link; packs hold only plain files', entry.name);
}

interface PlacedEntry {
  readonly entry: ZipEntry;
  /** The path inside the pack (the archive's single top folder removed). */
  readonly path: string;
}

/** Pack paths for the entries: a single top folder (as Huibao exports) is removed; layout, duplicates and declared sizes are checked. */
function placeEntries(entries: readonly ZipEntry[], label: string): PlacedEntry[] {
  const top = entries[0]?.name.split('/')[0] ?? '';
  const inFolder = !entries.some((entry) => entry.name === MANIFEST_FILE) && entries.every((entry) => entry.name.startsWith(`${top}/`));
  const placed = entries.map((entry) => ({ entry, path: inFolder ? entry.name.slice(top.length + 1) : entry.name }));
  const seen = new Set<string>();
  let declared = 0;
  for (const { entry, path } of placed) {
    if (seen.has(path)) throw refused(label, 'appears twice in the archive', entry.name);
    seen.add(path);
    const kind = packFileKind(path);
    if (typeof kind === 'object') throw refused(label, kind.problem, entry.name);
    if (entry.size > maxBytesFor(kind)) throw refused(label, `is ${formatBytes(entry.size)}; at most ${formatBytes(maxBytesFor(kind))} is allowed for ${kind === 'image' ? 'an image' : 'this file'}`, entry.name);
    declared += entry.size;
  }
  if (declared > PACK_LIMITS.maxTotalBytes) throw refused(label, `would unpack to ${formatBytes(declared)}; a pack may be at most ${formatBytes(PACK_LIMITS.maxTotalBytes)}`);
  const clash = caseCollision(placed.map((item) => item.path));
  if (clash) throw refused(label, `has the same name as "${clash[0]}" where case does not count (Windows, macOS)`, clash[1]);
  return placed;
}

/** One entry at a time, each capped at its declared size (zip bombs lie) and the whole pack at the total cap. */
async function inflateAll(bytes: Uint8Array, placed: readonly PlacedEntry[], label: string): Promise<PackFiles> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const { entry, path } of placed) {
    const kind = packFileKind(path);
    const cap = typeof kind === 'object' ? 0 : maxBytesFor(kind);
    const data = await readZipEntry(bytes, entry, label, Math.min(cap, PACK_LIMITS.maxTotalBytes - total));
    total += data.length;
    files.set(path, data);
  }
  return files;
}
