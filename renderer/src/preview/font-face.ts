/**
 * The fonts the preview draws with. The planner measured and broke every line with the bundled Noto Sans SC, so the
 * page loads those same files (served by the app at fonts/…) and falls back to system CJK faces; the deck's own face
 * comes first, as PowerPoint will use it. Loaded through the FontFace API, which the CSP allows (font-src 'self').
 */
import { bundledFontMetrics } from '../../../main/engine/layout/bundled-metrics.js';
import type { VerticalMetrics } from './text-layout.js';

/** The bundled font's vertical metrics, from the same generated table the engine measures with: where baselines sit. */
export const PREVIEW_FONT: VerticalMetrics = { ascenderEm: bundledFontMetrics().ascenderEm, descenderEm: bundledFontMetrics().descenderEm };

export const BUNDLED_FAMILY = 'Huibao Noto Sans SC';

const FALLBACKS = [BUNDLED_FAMILY, 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

/** A CSS font-family list: the deck's east-Asian and latin faces, then the fallbacks. */
export function fontStack(fonts: { readonly eastAsian: string; readonly latin: string }): string {
  const names = [fonts.eastAsian, fonts.latin, ...FALLBACKS].filter((name, i, all) => name.trim() !== '' && all.indexOf(name) === i);
  return names.map((name) => (name === 'sans-serif' ? name : `"${name.replace(/["\\]/g, '')}"`)).join(', ');
}

let registered = false;

/** Registers the bundled faces once; they load on first use, so an empty window costs nothing. */
export function registerBundledFonts(): void {
  if (registered || typeof FontFace === 'undefined') return;
  registered = true;
  const faces = [
    new FontFace(BUNDLED_FAMILY, 'url(fonts/noto-sans-sc-400.ttf)', { weight: '400', display: 'swap' }),
    new FontFace(BUNDLED_FAMILY, 'url(fonts/noto-sans-sc-700.ttf)', { weight: '700', display: 'swap' }),
  ];
  for (const face of faces) document.fonts.add(face);
}
