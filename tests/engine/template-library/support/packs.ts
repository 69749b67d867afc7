/**
 * Shared inputs of the template-library tests: built-in packs as files, a tiny real PNG, and archives made with
 * JSZip (not our exporter), optionally with lying headers, for the hostile-archive cases.
 */
import JSZip from 'jszip';
import { deflateSync } from 'node:zlib';
import type { PackFiles } from '../../../../main/engine/template-library/pack-files.js';
import { crc32 } from '../../../../main/engine/write/pptx/crc32.js';
import { readTree } from '../../../support/memory-port.js';

export async function builtInFiles(id: string): Promise<PackFiles> {
  const tree = await readTree(`templates/${id}`);
  return new Map(Object.entries(tree).map(([path, content]) => [path, typeof content === 'string' ? new TextEncoder().encode(content) : content]));
}

export const text = (files: PackFiles, path: string): string => new TextDecoder().decode(files.get(path) ?? new Uint8Array());

/** A valid PNG of `width` × `height` pixels, all one colour, optionally padded with a large ancillary chunk. */
export function png(width: number, height: number, rgb: readonly [number, number, number] = [200, 30, 30], padding = 0): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels)];
  if (padding > 0) parts.push(chunk('zzPd', Buffer.alloc(padding, 7)));
  parts.push(chunk('IEND', Buffer.alloc(0)));
  return new Uint8Array(Buffer.concat(parts));
}

export interface ArchiveEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Unix mode, e.g. 0o120777 for a symbolic link. */
  readonly unixPermissions?: number;
}

/** A zip made by JSZip, the way another tool would make one; names are written exactly as given. */
export async function jszipArchive(entries: readonly ArchiveEntry[], folder?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const entry of entries) {
    zip.file(folder ? `${folder}/${entry.name}` : entry.name, entry.data, { createFolders: false, ...(entry.unixPermissions === undefined ? {} : { unixPermissions: entry.unixPermissions }) });
  }
  const platform = entries.some((entry) => entry.unixPermissions !== undefined) ? 'UNIX' : 'DOS';
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform });
}

/** The pack's files as archive entries, with some replaced, added (a new path) or removed (undefined). */
export function packEntries(files: PackFiles, changes: Record<string, Uint8Array | string | undefined> = {}): ArchiveEntry[] {
  const merged = new Map<string, Uint8Array | string>(files);
  for (const [path, data] of Object.entries(changes)) {
    if (data === undefined) merged.delete(path);
    else merged.set(path, data);
  }
  return [...merged].map(([name, data]) => ({ name, data }));
}

/** Rewrite the uncompressed size an entry declares, in its local header and in the central directory (a zip bomb lies). */
export function declareSize(archive: Uint8Array, name: string, size: number): Uint8Array {
  const out = archive.slice();
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  const matches = (at: number, length: number): boolean => length === encoded.length && encoded.every((byte, i) => out[at + i] === byte);
  let patched = 0;
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && matches(at + 30, view.getUint16(at + 26, true))) {
      view.setUint32(at + 22, size, true);
      patched++;
    } else if (signature === 0x02014b50 && matches(at + 46, view.getUint16(at + 28, true))) {
      view.setUint32(at + 24, size, true);
      patched++;
    }
  }
  if (patched !== 2) throw new Error(`expected to patch 2 headers of ${name}, patched ${patched}`);
  return out;
}
