/** Test helpers to look inside a written .pptx: its parts as text, and how each zip entry is stored. */
import JSZip from 'jszip';

export interface PackageParts {
  readonly names: readonly string[];
  /** The part as text; throws when it does not exist, so a test never checks an empty string by mistake. */
  text(name: string): string;
  bytes(name: string): Promise<Uint8Array>;
  /** Names matching a pattern, in slide order for numbered parts (slide2 before slide10). */
  matching(pattern: RegExp): string[];
}

export async function readPackage(pptx: Uint8Array): Promise<PackageParts> {
  const zip = await JSZip.loadAsync(pptx);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const texts = new Map<string, string>();
  for (const name of names.filter((part) => /\.(xml|rels)$/.test(part))) texts.set(name, await zip.file(name)!.async('string'));
  return {
    names,
    text: (name) => {
      const text = texts.get(name);
      if (text === undefined) throw new Error(`no part ${name} in the package`);
      return text;
    },
    bytes: async (name) => {
      const file = zip.file(name);
      if (!file) throw new Error(`no part ${name} in the package`);
      return file.async('uint8array');
    },
    matching: (pattern) => names.filter((name) => pattern.test(name)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  };
}

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = DEFLATE. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
}

/** Reads the zip central directory directly: JSZip does not expose how an entry was stored. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('broken zip central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method: view.getUint16(at + 10, true), compressedSize: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true) });
    at += 46 + nameLength + extra;
  }
  return entries;
}
