/**
 * Text that may be hard to read: every text colour the pack's slides draw against each fill it is drawn on
 * (text-pairs.ts), checked against WCAG 2.x level AA — 4.5:1, or 3:1 for large text (at least 18 pt, or 14 pt bold).
 * Text may shrink to fit, so the smallest size it can take decides whether it counts as large. These are warnings
 * for the editor and `huibao templates check`, not errors: a pack author may knowingly choose a faint footer.
 */
import { COLOR_NAMES, type ColorName, type ColorRef, type TemplateManifest } from '../template/manifest-schema.js';
import { contrastRatio } from './color-math.js';
import { packTextPairs, type DrawnSize } from './text-pairs.js';

export const AA_NORMAL = 4.5;
export const AA_LARGE = 3;

export interface ContrastWarning {
  /** The manifest field of the text style, e.g. "slides.title.subtitle.style". */
  readonly where: string;
  readonly foreground: string;
  readonly background: string;
  /** Rounded to two decimals. */
  readonly ratio: number;
  readonly required: number;
  readonly message: string;
}

export function resolveColor(manifest: Pick<TemplateManifest, 'colors'>, ref: ColorRef): string {
  return (COLOR_NAMES as readonly string[]).includes(ref) ? manifest.colors[ref as ColorName] : ref;
}

/** `minSize` is the smallest size the text may be drawn at; without it, the text is taken never to shrink. */
export function isLargeText(style: Pick<DrawnSize, 'size' | 'bold'> & { readonly minSize?: number }): boolean {
  const smallest = style.minSize ?? style.size;
  return smallest >= 18 || (style.bold && smallest >= 14);
}

export function packContrastWarnings(manifest: TemplateManifest): ContrastWarning[] {
  return packTextPairs(manifest).flatMap((pair) => {
    const foreground = resolveColor(manifest, pair.color);
    const background = resolveColor(manifest, pair.on);
    const ratio = contrastRatio(foreground, background);
    const required = isLargeText(pair.style) ? AA_LARGE : AA_NORMAL;
    if (ratio >= required) return [];
    const rounded = Math.round(ratio * 100) / 100;
    const image = pair.image ? '; the slide also has a background image, check it by eye' : '';
    return [{ where: pair.where, foreground, background, ratio: rounded, required, message: `text ${foreground} on ${pair.onWhat} ${background} has contrast ${rounded.toFixed(2)}:1, below WCAG AA ${required}:1${image}` }];
  });
}
