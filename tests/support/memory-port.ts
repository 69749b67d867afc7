/** An in-memory ReadPort for engine tests: files by path, folders implied by the paths (like a zip's listing). */
import type { ReadPort } from '../../main/engine/ports.js';

export type MemoryFiles = Record<string, string | Uint8Array>;

export function memoryPort(files: MemoryFiles): ReadPort {
  const bytes = (path: string): Uint8Array => {
    const file = files[path];
    if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return typeof file === 'string' ? new TextEncoder().encode(file) : file;
  };
  const children = (folder: string): string[] => {
    const prefix = folder === '' || folder === '.' ? '' : folder.replace(/\/$/, '') + '/';
    const names = Object.keys(files)
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length).split('/')[0] ?? '');
    return [...new Set(names)].filter(Boolean).sort();
  };
  return {
    readBytes: async (path) => bytes(path),
    readText: async (path) => new TextDecoder().decode(bytes(path)),
    list: async (path) => children(path),
    exists: async (path) => path in files || children(path).length > 0,
  };
}

/** Every file under a folder on disk, keyed by its path relative to that folder, for building variants of a pack. */
export async function readTree(root: string): Promise<MemoryFiles> {
  const { readdir, readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const out: MemoryFiles = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out[path.relative(root, full).split(path.sep).join('/')] = new Uint8Array(await readFile(full));
    }
  };
  await walk(root);
  return out;
}
