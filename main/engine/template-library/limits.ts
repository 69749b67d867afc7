/**
 * How large a shared template pack may be. A real pack is a manifest, twenty short texts and a few images — well
 * under 2 MB — so these leave ample room while keeping a hostile archive from filling the disk or the memory.
 * Images and texts use the pack loader's own caps, so a pack the importer lets in always loads.
 */
import { MAX_ASSET_BYTES } from '../template/image-asset.js';
import { MAX_TEXT_BYTES } from '../template/load-pack.js';

export const PACK_LIMITS = {
  /** Files in a pack (and entries in its archive, folders included). */
  maxFiles: 200,
  /** Uncompressed bytes of the whole pack: checked against the archive's declared sizes and again while inflating. */
  maxTotalBytes: 30 * 1024 * 1024,
  /** The archive file itself. */
  maxArchiveBytes: 30 * 1024 * 1024,
  maxImageBytes: MAX_ASSET_BYTES,
  maxTextBytes: MAX_TEXT_BYTES,
  maxManifestBytes: 256 * 1024,
  /** Longest path inside a pack, in characters. */
  maxPathLength: 200,
} as const;

/** "4 MB", "64 KB": limits as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1048576).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
