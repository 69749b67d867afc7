/**
 * Writes the .pptx archive. JSZip's DEFLATE is pure JavaScript (pako) and took about half the time of a large deck
 * (~9 s of 18 s for 1,000 chart slides); zip-codec.ts uses native zlib instead. Entries are written in the given
 * order (some OPC readers want [Content_Types].xml first), with a fixed timestamp so the same Deck gives the same
 * bytes.
 */
import { zipCodec, type ZipCodec } from './zip-codec.js';

export interface ZipInput {
  readonly name: string;
  readonly data: Uint8Array;
}

interface Compressed extends ZipInput {
  readonly stored: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
}

/** Classic zip limits: beyond them the archive would need Zip64, which no Deck comes near. */
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;
/** 1980-01-01 00:00 in MS-DOS date/time: the zip epoch, so output is reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** How many entries are compressed at once: enough to keep zlib's thread pool busy, few enough to bound memory. */
const PARALLEL = 8;
/** Below this a part is stored: DEFLATE would save a few dozen bytes and cost a compressor set-up (~0.1 ms). */
const SMALLEST_DEFLATED = 256;

export interface ZipOptions {
  /** false: store every entry (a zip that goes into another zip, which compresses it better as a whole). */
  readonly deflate?: boolean;
}

export async function writeZip(entries: readonly ZipInput[], options: ZipOptions = {}): Promise<Uint8Array> {
  if (entries.length > MAX_ENTRIES) throw new Error(`a package of ${entries.length} parts is beyond the zip limit of ${MAX_ENTRIES}`);
  const codec = await zipCodec();
  const compressed = await mapLimited(entries, PARALLEL, (entry) => compress(entry, codec, options.deflate !== false));
  const names = compressed.map((entry) => new TextEncoder().encode(entry.name));
  const locals = compressed.map((entry, i) => localHeader(entry, names[i] ?? new Uint8Array()));
  const offsets: number[] = [];
  let offset = 0;
  compressed.forEach((entry, i) => {
    offsets.push(offset);
    offset += (locals[i]?.length ?? 0) + entry.stored.length;
  });
  const central = compressed.map((entry, i) => centralHeader(entry, names[i] ?? new Uint8Array(), offsets[i] ?? 0));
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  if (offset + centralSize > MAX_BYTES) throw new Error('the package is larger than 4 GB, beyond the zip limit');
  const parts = compressed.flatMap((entry, i) => [locals[i] ?? new Uint8Array(), entry.stored]);
  return concat([...parts, ...central, endOfCentralDirectory(compressed.length, centralSize, offset)]);
}

async function compress(entry: ZipInput, codec: ZipCodec, deflate: boolean): Promise<Compressed> {
  const deflated = deflate && entry.data.length >= SMALLEST_DEFLATED ? await codec.deflateRaw(entry.data) : entry.data;
  // Already-compressed data (JPEG, PNG) can grow under DEFLATE: store it as it is then.
  const method = deflated.length < entry.data.length ? 8 : 0;
  return { ...entry, stored: method === 8 ? deflated : entry.data, method, crc: codec.crc32(entry.data) };
}


function localHeader(entry: Compressed, name: Uint8Array): Uint8Array {
  const header = new Uint8Array(30 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, UTF8_NAMES, true);
  view.setUint16(8, entry.method, true);
  view.setUint16(10, DOS_TIME, true);
  view.setUint16(12, DOS_DATE, true);
  view.setUint32(14, entry.crc, true);
  view.setUint32(18, entry.stored.length, true);
  view.setUint32(22, entry.data.length, true);
  view.setUint16(26, name.length, true);
  view.setUint16(28, 0, true);
  header.set(name, 30);
  return header;
}

function centralHeader(entry: Compressed, name: Uint8Array, offset: number): Uint8Array {
  const header = new Uint8Array(46 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, 20, true);
  view.setUint16(8, UTF8_NAMES, true);
  view.setUint16(10, entry.method, true);
  view.setUint16(12, DOS_TIME, true);
  view.setUint16(14, DOS_DATE, true);
  view.setUint32(16, entry.crc, true);
  view.setUint32(20, entry.stored.length, true);
  view.setUint32(24, entry.data.length, true);
  view.setUint16(28, name.length, true);
  // extra, comment, disk number, internal and external attributes stay 0.
  view.setUint32(42, offset, true);
  header.set(name, 46);
  return header;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Uint8Array {
  const record = new Uint8Array(22);
  const view = new DataView(record.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  return record;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
