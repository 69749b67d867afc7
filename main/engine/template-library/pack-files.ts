/**
 * A template pack as plain files: path inside the pack ("template.json", "text/footer.hbs", "assets/logo.png") → bytes.
 * Duplicating, editing, exporting and importing all work on this one form, so the same checks (check-pack.ts) and the
 * same loader (template/load-pack.ts) judge a pack wherever it came from: a folder, an archive or the editor's state.
 */
import type { ReadPort } from '../ports.js';

export type PackFiles = ReadonlyMap<string, Uint8Array>;

const encoder = new TextEncoder();

export function packFilesFrom(entries: Iterable<readonly [string, Uint8Array | string]>): PackFiles {
  return new Map([...entries].map(([path, content]) => [path, typeof content === 'string' ? encoder.encode(content) : content] as const));
}

/** The files with one replaced (or added); `undefined` removes it. The original map is left as it was. */
export function withFile(files: PackFiles, path: string, content: Uint8Array | string | undefined): PackFiles {
  const next = new Map(files);
  if (content === undefined) next.delete(path);
  else next.set(path, typeof content === 'string' ? encoder.encode(content) : content);
  return next;
}

/** The file as UTF-8 text (a leading BOM dropped), or undefined when the pack has no such file. */
export function fileText(files: PackFiles, path: string): string | undefined {
  const bytes = files.get(path);
  return bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Same paths, same bytes: what "an exported pack imports unchanged" means. */
export function samePackFiles(a: PackFiles, b: PackFiles): boolean {
  if (a.size !== b.size) return false;
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (!other || other.length !== bytes.length || !other.every((byte, i) => byte === bytes[i])) return false;
  }
  return true;
}

export function totalBytes(files: PackFiles): number {
  let total = 0;
  for (const bytes of files.values()) total += bytes.length;
  return total;
}

/** A ReadPort over the files, so template/load-pack.ts loads a pack from memory exactly as it loads one from disk. */
export function packFilesPort(files: PackFiles): ReadPort {
  const read = (path: string): Uint8Array => {
    const bytes = files.get(path);
    if (bytes === undefined) throw Object.assign(new Error(`ENOENT: ${path} is not in the pack`), { code: 'ENOENT' });
    return bytes;
  };
  const children = (folder: string): string[] => {
    const prefix = folder === '' || folder === '.' ? '' : `${folder.replace(/\/+$/, '')}/`;
    const names = [...files.keys()].filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length).split('/')[0] ?? '');
    return [...new Set(names)].filter((name) => name !== '').sort();
  };
  return {
    readBytes: async (path) => read(path),
    readText: async (path) => new TextDecoder('utf-8').decode(read(path)),
    list: async (path) => children(path),
    exists: async (path) => files.has(path) || children(path).length > 0,
  };
}

