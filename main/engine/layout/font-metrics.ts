/**
 * Real advance widths of the bundled CJK font (Noto Sans SC), so the planner can size and break text before any
 * writer sees it. They come from a table generated from the font (bundled-font-advances.ts), not from the font
 * file: opening a 10 MB font with fontkit and looking glyphs up cost more than the rest of a deck build.
 */
export interface FontMetrics {
  /** Advance width of one character (a code point) in em (1 = the font size). */
  advanceEm(char: string, bold: boolean): number;
  /** Line height in em recommended by the font (ascender − descender + lineGap), for reference. */
  readonly lineHeightEm: number;
  /** Ascender in em (hhea ascent / units per em): where PDF writers put a line's baseline below its top. */
  readonly ascenderEm: number;
  /** Descender in em, positive. */
  readonly descenderEm: number;
}

/** A font's advances in a form cheap to load: nearly every glyph of a CJK font has the same width. */
export interface AdvanceTable {
  /** Which font files the table was made from, for the up-to-date test and for people. */
  readonly source: string;
  readonly unitsPerEm: number;
  readonly ascender: number;
  /** Negative, as in the font's hhea table. */
  readonly descender: number;
  readonly lineGap: number;
  /** Pairs [first code point, count]: every run of code points the font has a glyph for, ascending. */
  readonly coverage: readonly number[];
  readonly regular: FaceAdvances;
  readonly bold: FaceAdvances;
}

export interface FaceAdvances {
  /** The advance of every covered code point not listed in `others`, in font units. */
  readonly usual: number;
  /** Pairs [code point, advance in font units] for the covered code points whose advance differs from `usual`. */
  readonly others: readonly number[];
}

/** Characters the font lacks are measured as a full em: viewers draw them from a fallback font, usually a CJK one. */
export const MISSING_GLYPH_EM = 1;

/** Control and format characters (ZWJ, soft hyphen, BOM…) take no room on the line. */
export const ZERO_WIDTH = /^[\p{Cc}\p{Cf}]$/u;

export function createFontMetrics(table: AdvanceTable): FontMetrics {
  const covered = coverageTest(table.coverage);
  const face = (advances: FaceAdvances): ((char: string) => number) => {
    const others = pairs(advances.others);
    // Slides repeat the same few hundred characters: remember each answer rather than test the regex again.
    const cache = new Map<number, number>();
    return (char) => {
      const codePoint = char.codePointAt(0);
      if (codePoint === undefined) return 0;
      let advance = cache.get(codePoint);
      if (advance === undefined) {
        advance = ZERO_WIDTH.test(char) ? 0 : !covered(codePoint) ? MISSING_GLYPH_EM : (others.get(codePoint) ?? advances.usual) / table.unitsPerEm;
        cache.set(codePoint, advance);
      }
      return advance;
    };
  };
  const regular = face(table.regular);
  const bold = face(table.bold);
  return {
    advanceEm: (char, isBold) => (isBold ? bold : regular)(char),
    lineHeightEm: (table.ascender - table.descender + table.lineGap) / table.unitsPerEm,
    ascenderEm: table.ascender / table.unitsPerEm,
    descenderEm: -table.descender / table.unitsPerEm,
  };
}

function pairs(flat: readonly number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i + 1 < flat.length; i += 2) map.set(flat[i] ?? 0, flat[i + 1] ?? 0);
  return map;
}

/** Binary search over the runs: a few hundred runs cover the ~31,000 code points of Noto Sans SC. */
function coverageTest(coverage: readonly number[]): (codePoint: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i + 1 < coverage.length; i += 2) {
    const start = coverage[i] ?? 0;
    starts.push(start);
    ends.push(start + (coverage[i + 1] ?? 0));
  }
  return (codePoint) => {
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (codePoint < (starts[mid] ?? 0)) high = mid - 1;
      else if (codePoint >= (ends[mid] ?? 0)) low = mid + 1;
      else return true;
    }
    return false;
  };
}
