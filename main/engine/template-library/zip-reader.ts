/**
 * A zip reader for archives from strangers (shared template packs, an office's .pptx/.potx). It reads the central
 * directory itself, so every name, size and flag is judged before a byte is inflated, and it inflates one entry at a
 * time with a hard ceiling: a zip bomb that declares 1 KB and inflates to 200 MB is stopped at the first chunk past
 * its declared size. Refused outright: Zip64, split and encrypted archives, symbolic links, methods other than
 * stored and DEFLATE, entries whose data overlap (the "better zip bomb"), local names that differ from the central
 * directory's, and CRC or size mismatches. Inflating uses the standard DecompressionStream (Node 18+, Electron,
 * browsers), so the engine stays pure.
 */
import { InputError } from '../errors.js';
import { crc32 } from '../write/pptx/crc32.js';
import { formatBytes } from './limits.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the archive declares; checked again while inflating. */
  readonly size: number;
  readonly directory: boolean;
  readonly symlink: boolean;
  readonly localOffset: number;
  /** Where the entry's compressed data starts (after its local header). */
  readonly dataOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

/** One line reads "pack.zip: refused: assets/a.png: inflates to more than …", naming the entry when there is one. */
export function refused(file: string, message: string, entry?: string): InputError {
  return new InputError({ file, ...(entry === undefined ? { message } : { message: 'refused', problems: [{ where: entry, message }] }), hint: 'Only import template packs exported by Huibao, or PowerPoint files saved by Office' });
}

/** The entries of the archive, in central-directory order, after every structural check. */
export function readZipDirectory(bytes: Uint8Array, file: string, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view, file);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) throw refused(file, 'is a split (multi-part) zip archive, which is not supported');
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw refused(file, 'is a Zip64 archive; template packs are small and never need it');
  if (count > maxEntries) throw refused(file, `holds ${count} entries; at most ${maxEntries} are allowed`);
  if (offset + size > end) throw refused(file, 'is damaged: its central directory lies outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    const entry = readCentralEntry(bytes, view, at, file);
    entries.push(entry.entry);
    at = entry.next;
  }
  if (at > offset + size) throw refused(file, 'is damaged: its central directory is longer than declared');
  checkOverlaps(entries, offset, file);
  return entries;
}

function findEndRecord(view: DataView, file: string): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  throw refused(file, 'is not a zip archive (or is damaged)');
}

function readCentralEntry(bytes: Uint8Array, view: DataView, at: number, file: string): { entry: ZipEntry; next: number } {
  if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) throw refused(file, 'is damaged: a central directory record is missing');
  const madeBy = view.getUint16(at + 4, true) >> 8;
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const crc = view.getUint32(at + 16, true);
  const compressedSize = view.getUint32(at + 20, true);
  const size = view.getUint32(at + 24, true);
  const nameLength = view.getUint16(at + 28, true);
  const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  const external = view.getUint32(at + 38, true);
  const localOffset = view.getUint32(at + 42, true);
  const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
  const name = decodeName(rawName, flags);
  if (flags & 0x0001) throw refused(file, 'is encrypted; encrypted entries are not supported', name);
  if (compressedSize === 0xffffffff || size === 0xffffffff) throw refused(file, 'uses Zip64 sizes; template packs are small and never need them', name);
  const mode = madeBy === UNIX_HOST ? (external >>> 16) & S_IFMT : 0;
  const symlink = mode === S_IFLNK;
  const directory = name.endsWith('/') || mode === S_IFDIR || (madeBy !== UNIX_HOST && (external & 0x10) !== 0);
  if (!directory && method !== 0 && method !== 8) throw refused(file, `uses compression method ${method}; only stored and DEFLATE are supported`, name);
  const dataOffset = localDataOffset(bytes, view, localOffset, rawName, name, file);
  if (dataOffset + compressedSize > bytes.length) throw refused(file, 'is damaged: its data runs past the end of the file', name);
  return { entry: { name, method, crc, compressedSize, size, directory, symlink, localOffset, dataOffset }, next };
}

/** The local header must exist and carry the same name as the central directory (a mismatch is a classic trick). */
function localDataOffset(bytes: Uint8Array, view: DataView, at: number, rawName: Uint8Array, name: string, file: string): number {
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) throw refused(file, 'is damaged: an entry’s local header is missing', name);
  const nameLength = view.getUint16(at + 26, true);
  const local = bytes.subarray(at + 30, at + 30 + nameLength);
  if (local.length !== rawName.length || !local.every((byte, i) => byte === rawName[i])) throw refused(file, 'names an entry differently in its local header and its directory', name);
  return at + 30 + nameLength + view.getUint16(at + 28, true);
}

/**
 * Names are UTF-8 when flag 11 says so. Otherwise they are in the archiver's code page: plain ASCII, UTF-8 anyway
 * (many tools forget the flag), or GBK (Explorer's "Send to → Compressed folder" on Chinese Windows).
 */
function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & 0x0800 || raw.every((byte) => byte < 0x80)) return new TextDecoder('utf-8').decode(raw);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('gb18030').decode(raw);
  }
}

function checkOverlaps(entries: readonly ZipEntry[], centralOffset: number, file: string): void {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let previousEnd = 0;
  for (const entry of sorted) {
    if (entry.localOffset < previousEnd) throw refused(file, 'has entries whose data overlap (a zip bomb trick)', entry.name);
    previousEnd = entry.dataOffset + entry.compressedSize;
    if (previousEnd > centralOffset) throw refused(file, 'is damaged: an entry’s data runs into the central directory', entry.name);
  }
}

/**
 * The entry's bytes. Inflating stops as soon as the output passes the declared size or `maxBytes`, whichever is
 * smaller, so the memory used is bounded by what the caller allows, whatever the archive claims.
 */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry, file: string, maxBytes: number): Promise<Uint8Array> {
  if (entry.size > maxBytes) throw refused(file, `is ${formatBytes(entry.size)} uncompressed; at most ${formatBytes(maxBytes)} is allowed`, entry.name);
  const stored = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const data = entry.method === 0 ? stored.slice() : await inflateAtMost(stored, entry.size, file, entry.name);
  if (data.length !== entry.size) throw refused(file, `inflates to ${formatBytes(data.length)} but declares ${formatBytes(entry.size)}: refusing it as damaged or hostile`, entry.name);
  if (crc32(data) !== entry.crc) throw refused(file, 'is damaged: its checksum (CRC-32) does not match', entry.name);
  return data;
}

async function inflateAtMost(stored: Uint8Array, ceiling: number, file: string, name: string): Promise<Uint8Array> {
  const input = new Blob([stored.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = input.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > ceiling) {
        await reader.cancel();
        throw refused(file, `inflates to more than its declared ${formatBytes(ceiling)}: refusing a zip bomb`, name);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw refused(file, 'is damaged: its compressed data cannot be inflated', name);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
