/**
 * Raw DEFLATE (RFC 1951) for the zip entries. In Node and Electron, node:zlib on its thread pool: measured here on
 * 72 MB of slide XML, 0.5 s against 2.4 s for CompressionStream (which wraps the same zlib in web streams, chunk by
 * chunk) and ~11 s for JSZip's pure-JavaScript pako. Anywhere else the standard CompressionStream, so the engine
 * keeps running outside Node.
 */
export type Deflate = (data: Uint8Array) => Promise<Uint8Array>;

let chosen: Promise<Deflate> | undefined;

export function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  chosen ??= chooseDeflate();
  return chosen.then((deflate) => deflate(data));
}

async function chooseDeflate(): Promise<Deflate> {
  if (typeof process === 'undefined' || !process.versions?.node) return deflateWithStream;
  const zlib = await import('node:zlib');
  return (data) =>
    new Promise((resolve, reject) => {
      zlib.deflateRaw(data, (error, result) => (error ? reject(error) : resolve(new Uint8Array(result.buffer, result.byteOffset, result.byteLength))));
    });
}

export async function deflateWithStream(data: Uint8Array): Promise<Uint8Array> {
  // Blob takes only ArrayBuffer-backed views; copy the rare one that is backed by shared memory.
  const owned = data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : data.slice();
  const stream = new Blob([owned]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
