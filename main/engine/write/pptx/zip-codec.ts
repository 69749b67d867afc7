/**
 * Raw DEFLATE (RFC 1951) and CRC-32 for the zip entries. In Node and Electron, node:zlib: measured here on 72 MB of
 * slide XML, 0.5 s against 2.4 s for CompressionStream (which wraps the same zlib in web streams, chunk by chunk)
 * and ~11 s for JSZip's pure-JavaScript pako. Anywhere else the standard CompressionStream and crc32.ts, so the
 * engine keeps running outside Node.
 *
 * Every zlib call sets up a compressor (~0.1 ms); on the thread pool it also waits for a thread (~0.3 ms a call in
 * a fresh process). A deck has dozens of parts of a few kilobytes, so small ones are compressed on the spot and
 * only large ones go to the pool, where several compress at once.
 */
import { crc32 as crc32InJavaScript } from './crc32.js';

export interface ZipCodec {
  deflateRaw(data: Uint8Array): Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
}

/** Parts up to this size are compressed synchronously: the thread pool's round trip costs more than they do. */
const ON_THE_SPOT_BYTES = 64 * 1024;

let chosen: Promise<ZipCodec> | undefined;

export function zipCodec(): Promise<ZipCodec> {
  chosen ??= chooseCodec();
  return chosen;
}

async function chooseCodec(): Promise<ZipCodec> {
  if (typeof process === 'undefined' || !process.versions?.node) return { deflateRaw: deflateWithStream, crc32: crc32InJavaScript };
  const zlib = await import('node:zlib');
  const view = (result: Uint8Array): Uint8Array => new Uint8Array(result.buffer, result.byteOffset, result.byteLength);
  return {
    deflateRaw: (data) =>
      data.length <= ON_THE_SPOT_BYTES
        ? Promise.resolve(view(zlib.deflateRawSync(data)))
        : new Promise((resolve, reject) => {
            zlib.deflateRaw(data, (error, result) => (error ? reject(error) : resolve(view(result))));
          }),
    // zlib.crc32 came with Node 20.15 (and Electron's Node); the table-driven one otherwise.
    crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : crc32InJavaScript,
  };
}

export async function deflateWithStream(data: Uint8Array): Promise<Uint8Array> {
  // Blob takes only ArrayBuffer-backed views; copy the rare one that is backed by shared memory.
  const owned = data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : data.slice();
  const stream = new Blob([owned]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
