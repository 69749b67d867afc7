/**
 * Logo and background images in the editor: set, replace or remove one. The image is judged by its bytes (PNG or
 * JPEG, size-capped, as the pack loader does) and stored under a fixed name of its role (assets/logo.png,
 * assets/title-background.jpg). An image no field names any more is dropped, so a pack never carries dead weight;
 * one still named elsewhere (gov-blue uses one picture for its title and closing slides) stays.
 * A pack without places for a logo gets them: top right of the title slide, right of the heading on content slides
 * when there is room, above the closing headline.
 */
import { InputError } from '../errors.js';
import { readImage } from '../template/image-asset.js';
import type { ManifestBox, TemplateManifest } from '../template/manifest-schema.js';
import { objectAt, type ManifestJson } from './manifest-json.js';
import { withFile, type PackFiles } from './pack-files.js';
import { ASSETS_DIR } from './pack-layout.js';

export type ImageSlot = 'logo' | 'titleBackground' | 'contentBackground' | 'closingBackground';
export const IMAGE_SLOTS: readonly ImageSlot[] = ['logo', 'titleBackground', 'contentBackground', 'closingBackground'];

const BACKGROUND_KIND = { titleBackground: 'title', contentBackground: 'content', closingBackground: 'closing' } as const;
const FILE_STEM: Record<ImageSlot, string> = { logo: 'logo', titleBackground: 'title-background', contentBackground: 'content-background', closingBackground: 'closing-background' };

/** Puts the image into the files and its path into `json` (edited in place); `manifest` is the pack before the edit. */
export function setImage(files: PackFiles, json: ManifestJson, manifest: TemplateManifest, slot: ImageSlot, data: Uint8Array, alt: string | undefined, label: string): PackFiles {
  const checked = readImage(FILE_STEM[slot], data);
  if (typeof checked === 'string') throw new InputError({ file: label, message: 'refused image', problems: [{ where: slot, message: `the image ${checked}` }] });
  const path = `${ASSETS_DIR}/${FILE_STEM[slot]}.${checked.mime === 'image/png' ? 'png' : 'jpg'}`;
  const assets = objectAt(json, ['assets']);
  if (slot === 'logo') {
    const name = manifest.name.zh;
    assets['logo'] = { path, alt: (alt ?? manifest.assets.logo?.alt ?? `${name}标志`).slice(0, 100) || '标志' };
    addLogoBoxes(json, manifest);
  } else {
    objectAt(json, ['assets', 'backgrounds'])[BACKGROUND_KIND[slot]] = path;
  }
  // Another slot's old image may have had this very name with the other extension: both are settled by the sweep.
  return withFile(files, path, data);
}

export function removeImage(json: ManifestJson, slot: ImageSlot): void {
  const assets = objectAt(json, ['assets']);
  if (slot === 'logo') delete assets['logo'];
  else delete objectAt(json, ['assets', 'backgrounds'])[BACKGROUND_KIND[slot]];
}

/** Drop images under assets/ that the manifest (as JSON, after the edit) no longer names. */
export function dropUnusedImages(files: PackFiles, json: ManifestJson): PackFiles {
  const assets = (json['assets'] ?? {}) as { logo?: { path?: unknown }; backgrounds?: Record<string, unknown> };
  const used = new Set([assets.logo?.path, ...Object.values(assets.backgrounds ?? {})].filter((path): path is string => typeof path === 'string'));
  let next = files;
  for (const path of files.keys()) if (path.startsWith(`${ASSETS_DIR}/`) && !used.has(path)) next = withFile(next, path, undefined);
  return next;
}

/** Logo boxes for the slides that have none, placed in free space the pack's layout leaves. */
function addLogoBoxes(json: ManifestJson, manifest: TemplateManifest): void {
  const { w } = manifest.slideSize;
  const slides = manifest.slides;
  const margin = 0.5;
  const title = slides.title.logo ?? boxIfRoom({ x: w - margin - 2, y: 0.4, w: 2, h: Math.min(1, slides.title.title.box.y - 0.6) });
  const headingEnd = Math.max(slides.content.title.box.x + slides.content.title.box.w, slides.content.subtitle.box.x + slides.content.subtitle.box.w);
  const content = slides.content.logo ?? boxIfRoom({ x: headingEnd + 0.15, y: slides.content.title.box.y, w: Math.min(1.6, w - margin - headingEnd - 0.15), h: slides.content.title.box.h });
  const closing = slides.closing.logo ?? boxIfRoom({ x: (w - 2) / 2, y: 0.6, w: 2, h: Math.min(1, slides.closing.headline.box.y - 0.9) });
  for (const [kind, box] of [['title', title], ['content', content], ['closing', closing]] as const) {
    if (box) objectAt(json, ['slides', kind])['logo'] = box;
  }
}

/** A box worth drawing a logo in (at least 0.6 × 0.4 in), in hundredths of an inch (rounded down: it stays on the slide). */
function boxIfRoom(box: ManifestBox): ManifestBox | undefined {
  if (box.w < 0.6 || box.h < 0.4 || box.x < 0 || box.y < 0) return undefined;
  const down = (n: number): number => Math.floor(n * 100 + 1e-9) / 100;
  return { x: down(box.x), y: down(box.y), w: down(box.w), h: down(box.h) };
}

