/**
 * Real advance widths from the bundled CJK font (Noto Sans SC), so the planner can size and break text before any
 * writer sees it. The engine gets the font bytes from its shell (main/node/fonts.ts); it never reads disk itself.
 */
import { create, type Font, type FontCollection } from 'fontkit';

export interface FontMetrics {
  /** Advance width of one character (a code point) in em (1 = the font size). */
  advanceEm(char: string, bold: boolean): number;
  /** Line height in em recommended by the font (ascender − descender + lineGap), for reference. */
  readonly lineHeightEm: number;
}

/** Characters the font lacks are measured as a full em: viewers draw them from a fallback font, usually a CJK one. */
const MISSING_GLYPH_EM = 1;

/** Control and format characters (ZWJ, soft hyphen, BOM…) take no room on the line. */
const ZERO_WIDTH = /^[\p{Cc}\p{Cf}]$/u;

export function createFontMetrics(fonts: { regular: Uint8Array; bold: Uint8Array }): FontMetrics {
  const regular = advanceCache(openFont(fonts.regular, 'regular'));
  const bold = advanceCache(openFont(fonts.bold, 'bold'));
  const face = openFont(fonts.regular, 'regular');
  return {
    advanceEm: (char, isBold) => (isBold ? bold : regular)(char),
    lineHeightEm: (face.ascent - face.descent + face.lineGap) / face.unitsPerEm,
  };
}

function openFont(bytes: Uint8Array, which: string): Font {
  // fontkit reads any Uint8Array; its typings only say Buffer, which the engine must not depend on.
  const opened: Font | FontCollection = create(bytes as unknown as Parameters<typeof create>[0]);
  if (!('glyphForCodePoint' in opened)) throw new Error(`the ${which} font is a collection; pass a single TTF/OTF face`);
  return opened;
}

/** fontkit's glyph lookup is slow next to a Map hit, and slides repeat the same few hundred characters. */
function advanceCache(font: Font): (char: string) => number {
  const cache = new Map<number, number>();
  return (char) => {
    const codePoint = char.codePointAt(0);
    if (codePoint === undefined) return 0;
    let advance = cache.get(codePoint);
    if (advance === undefined) {
      advance = measureCodePoint(font, char, codePoint);
      cache.set(codePoint, advance);
    }
    return advance;
  };
}

function measureCodePoint(font: Font, char: string, codePoint: number): number {
  if (ZERO_WIDTH.test(char)) return 0;
  if (!font.hasGlyphForCodePoint(codePoint)) return MISSING_GLYPH_EM;
  return font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
}
