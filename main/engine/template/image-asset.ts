/**
 * Images a pack may carry (logo, backgrounds): confined to the pack, PNG or JPEG only — checked by their first
 * bytes, not their names —, and capped in size so a pack cannot balloon every deck built with it.
 */
import type { Box } from '../deck/model.js';

export const MAX_ASSET_BYTES = 4 * 1024 * 1024;

export interface PackImage {
  /** The path inside the pack, as written in the manifest. */
  readonly path: string;
  readonly data: Uint8Array;
  readonly mime: 'image/png' | 'image/jpeg';
  /** Pixels, read from the image header; used to keep the aspect ratio when fitting a logo into its box. */
  readonly width: number;
  readonly height: number;
}

/** Why a manifest asset path is refused, or undefined when it is fine. */
export function assetPathProblem(path: string): string | undefined {
  if (path.includes('\\')) return 'use "/" between folders, not "\\"';
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'must be a path inside the pack, not an absolute path';
  if (path.split('/').some((part) => part === '..' || part === '.' || part === '')) return 'must stay inside the pack (no "..", "." or empty folder names)';
  if (!/\.(png|jpe?g)$/i.test(path)) return 'must be a PNG or JPEG image (.png, .jpg, .jpeg)';
  return undefined;
}

/** Identify and measure the image from its bytes; a string explains why it is refused. */
export function readImage(path: string, data: Uint8Array): PackImage | string {
  if (data.length > MAX_ASSET_BYTES) return `is ${(data.length / 1048576).toFixed(1)} MB; images in a pack may be at most ${MAX_ASSET_BYTES / 1048576} MB`;
  const png = pngSize(data);
  if (png) return { path, data, mime: 'image/png', ...png };
  const jpeg = jpegSize(data);
  if (jpeg) return { path, data, mime: 'image/jpeg', ...jpeg };
  return 'is not a PNG or JPEG image (its contents say otherwise, whatever its name)';
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 24 || !PNG_SIGNATURE.every((byte, i) => data[i] === byte)) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** Walk the JPEG markers to the first start-of-frame (SOF0…SOF15 except DHT/JPG/DAC), which holds the size. */
function jpegSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return undefined;
    const marker = data[offset + 1] ?? 0;
    const length = view.getUint16(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      const height = view.getUint16(offset + 5);
      const width = view.getUint16(offset + 7);
      return width > 0 && height > 0 ? { width, height } : undefined;
    }
    offset += 2 + length;
  }
  return undefined;
}

/** The largest box of the image's aspect ratio inside `box`, centred (a logo must not be stretched). */
export function containImage(image: Pick<PackImage, 'width' | 'height'>, box: Box): Box {
  const scale = Math.min(box.w / image.width, box.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
