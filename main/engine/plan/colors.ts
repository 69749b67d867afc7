/** Theme colour names (or hex values) in a manifest resolved to the Deck model's hex form. */
import type { HexColor } from '../deck/model.js';
import type { ColorRef, TemplateManifest } from '../template/manifest-schema.js';

export type ColorResolver = (ref: ColorRef) => HexColor;

export function colorResolver(manifest: TemplateManifest): ColorResolver {
  const theme = manifest.colors as unknown as Record<string, unknown>;
  return (ref) => {
    const named = theme[ref];
    return typeof named === 'string' ? named : ref;
  };
}

/** WCAG relative luminance contrast between two hex colours (1–21); used to pick readable text on fills. */
export function contrastRatio(a: HexColor, b: HexColor): number {
  const luminance = (hex: HexColor): number => {
    const channel = (i: number): number => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
