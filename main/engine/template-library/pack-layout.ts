/**
 * Which paths a template pack may hold, and which are refused outright. A pack is `template.json`, `text/*.hbs` and
 * PNG/JPEG images under `assets/`; nothing else is ever written into the user's template folder. Paths are checked
 * as text before anything touches a disk: no `..`, no absolute paths or drive letters, no backslashes (a zip made on
 * Windows may use them to climb out), no control characters and no names Windows cannot hold.
 */
import { MANIFEST_FILE } from '../template/pack.js';
import { TEXT_DIR } from '../template/text-names.js';
import { PACK_LIMITS } from './limits.js';

export type PackFileKind = 'manifest' | 'text' | 'image';

export const ASSETS_DIR = 'assets';

/** Files some archivers add (macOS resource forks, Finder and Explorer caches): dropped on import, never refused. */
export function isArchiverJunk(path: string): boolean {
  const parts = path.split('/');
  const last = parts.at(-1) ?? '';
  return parts[0] === '__MACOSX' || last === '.DS_Store' || last === 'Thumbs.db' || last === 'desktop.ini';
}

/** Why `path` can never be a file of a pack (it could escape the pack's folder, or no disk can hold it). */
export function unsafePathProblem(path: string): string | undefined {
  if (path === '') return 'has an empty name';
  if (path.length > PACK_LIMITS.maxPathLength) return `has a name longer than ${PACK_LIMITS.maxPathLength} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'has control characters in its name';
  if (path.includes('\\')) return 'uses "\\" in its name (a path that could leave the pack on Windows)';
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'is an absolute path';
  const parts = path.split('/');
  if (parts.some((part) => part === '..')) return 'climbs out of the pack with ".."';
  if (parts.some((part) => part === '' || part === '.')) return 'has an empty or "." folder name';
  if (parts.some((part) => /[<>:"|?*]/.test(part) || /[. ]$/.test(part))) return 'has a name Windows cannot hold (<>:"|?* or a trailing dot or space)';
  return undefined;
}

/** What the file is in the pack, or why it does not belong in one. */
export function packFileKind(path: string): PackFileKind | { readonly problem: string } {
  const unsafe = unsafePathProblem(path);
  if (unsafe) return { problem: unsafe };
  if (path === MANIFEST_FILE) return 'manifest';
  const parts = path.split('/');
  if (parts[0] === TEXT_DIR && parts.length === 2 && /^[a-z0-9][a-z0-9.-]*\.hbs$/.test(parts[1] ?? '')) return 'text';
  if (parts[0] === TEXT_DIR) return { problem: 'is not a text template: texts are text/<name>.hbs, with lower-case letters, digits, "." and "-" in the name' };
  if (parts[0] === ASSETS_DIR && parts.length >= 2 && /\.(png|jpe?g)$/i.test(path)) return 'image';
  if (parts[0] === ASSETS_DIR) return { problem: 'is not a PNG or JPEG image: assets/ holds only .png, .jpg and .jpeg files' };
  return { problem: 'is not part of a template pack (a pack holds template.json, text/*.hbs and PNG or JPEG images under assets/)' };
}

/** The size cap of a file of that kind. */
export function maxBytesFor(kind: PackFileKind): number {
  if (kind === 'image') return PACK_LIMITS.maxImageBytes;
  if (kind === 'text') return PACK_LIMITS.maxTextBytes;
  return PACK_LIMITS.maxManifestBytes;
}

/** Two names a case-insensitive disk (Windows, macOS) would make one file: the second would overwrite the first. */
export function caseCollision(paths: Iterable<string>): readonly [string, string] | undefined {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const key = path.normalize('NFC').toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) return [earlier, path];
    seen.set(key, path);
  }
  return undefined;
}
