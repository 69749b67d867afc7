/**
 * Makes an AdvanceTable from font files with fontkit. Used by `npm run font-table` to write
 * bundled-font-advances.ts and by the test that keeps that file equal to the fonts; never at run time.
 */
import { create, type Font, type FontCollection } from 'fontkit';
import type { AdvanceTable, FaceAdvances } from './font-metrics.js';

/** Unicode's last code point: the table covers the whole range, not only the planes a test happens to try. */
const LAST_CODE_POINT = 0x10ffff;

export function advanceTableFromFonts(fonts: { regular: Uint8Array; bold: Uint8Array }, source: string): AdvanceTable {
  const regular = openFont(fonts.regular, 'regular');
  const bold = openFont(fonts.bold, 'bold');
  const covered = coveredCodePoints(regular);
  const boldCovered = coveredCodePoints(bold);
  if (covered.length !== boldCovered.length || covered.some((codePoint, i) => boldCovered[i] !== codePoint)) {
    throw new Error('the regular and bold fonts cover different characters; one table cannot describe both');
  }
  return {
    source,
    unitsPerEm: regular.unitsPerEm,
    ascender: regular.ascent,
    descender: regular.descent,
    lineGap: regular.lineGap,
    coverage: runs(covered),
    regular: faceAdvances(regular, covered),
    bold: faceAdvances(bold, covered),
  };
}

function openFont(bytes: Uint8Array, which: string): Font {
  // fontkit reads any Uint8Array; its typings only say Buffer, which the engine must not depend on.
  const opened: Font | FontCollection = create(bytes as unknown as Parameters<typeof create>[0]);
  if (!('glyphForCodePoint' in opened)) throw new Error(`the ${which} font is a collection; pass a single TTF/OTF face`);
  return opened;
}

/** Code points the font draws itself; asking the cmap for each is what the layout used to do per character. */
function coveredCodePoints(font: Font): number[] {
  const found: number[] = [];
  for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) {
    if (codePoint <= LAST_CODE_POINT && font.hasGlyphForCodePoint(codePoint)) found.push(codePoint);
  }
  return found;
}

function runs(sorted: readonly number[]): number[] {
  const out: number[] = [];
  for (const codePoint of sorted) {
    const last = out.length - 2;
    if (last >= 0 && (out[last] ?? 0) + (out[last + 1] ?? 0) === codePoint) out[last + 1] = (out[last + 1] ?? 0) + 1;
    else out.push(codePoint, 1);
  }
  return out;
}

function faceAdvances(font: Font, covered: readonly number[]): FaceAdvances {
  const advances = covered.map((codePoint) => font.glyphForCodePoint(codePoint).advanceWidth);
  const counts = new Map<number, number>();
  for (const advance of advances) counts.set(advance, (counts.get(advance) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? font.unitsPerEm;
  const others: number[] = [];
  covered.forEach((codePoint, i) => {
    const advance = advances[i] ?? usual;
    if (advance !== usual) others.push(codePoint, advance);
  });
  return { usual, others };
}
