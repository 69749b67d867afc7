import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledFontMetrics } from '../../../main/engine/layout/bundled-metrics.js';
import { MISSING_GLYPH_EM, ZERO_WIDTH } from '../../../main/engine/layout/font-metrics.js';
import { loadBundledFonts } from '../../../main/node/fonts.js';
import { bundledFontAdvancesModule, FONT_ADVANCES_FILE } from '../../../scripts/font-advances-module.js';

/** What the layout measured before the table existed: fontkit on the font file, glyph by glyph. */
function fontkitAdvance(font: Font, codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (ZERO_WIDTH.test(char)) return 0;
  if (!font.hasGlyphForCodePoint(codePoint)) return MISSING_GLYPH_EM;
  return font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
}

let regular: Font;
let bold: Font;
beforeAll(async () => {
  const fonts = await loadBundledFonts();
  regular = create(Buffer.from(fonts.regular)) as Font;
  bold = create(Buffer.from(fonts.bold)) as Font;
});

describe('the generated advance table of the bundled font', () => {
  it('is up to date with the font files (run `npm run font-table` after a font upgrade)', async () => {
    expect(readFileSync(FONT_ADVANCES_FILE, 'utf8')).toBe(await bundledFontAdvancesModule());
  });

  it('gives every code point of the BMP and the CJK extension planes the advance fontkit reads from the font', () => {
    const metrics = bundledFontMetrics();
    const differences: string[] = [];
    const planes: [number, number][] = [
      [0, 0xffff],
      [0x1f000, 0x1faff],
      [0x20000, 0x2ffff],
    ];
    for (const [first, last] of planes) {
      for (let codePoint = first; codePoint <= last; codePoint++) {
        if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue; // lone surrogates are not characters
        const char = String.fromCodePoint(codePoint);
        for (const [font, isBold] of [
          [regular, false],
          [bold, true],
        ] as const) {
          const expected = fontkitAdvance(font, codePoint);
          if (metrics.advanceEm(char, isBold) !== expected) differences.push(`U+${codePoint.toString(16)} ${isBold ? 'bold' : 'regular'}`);
        }
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('carries the font\'s vertical metrics', () => {
    const metrics = bundledFontMetrics();
    expect(metrics.ascenderEm).toBe(regular.ascent / regular.unitsPerEm);
    expect(metrics.descenderEm).toBe(-regular.descent / regular.unitsPerEm);
    expect(metrics.lineHeightEm).toBe((regular.ascent - regular.descent + regular.lineGap) / regular.unitsPerEm);
  });
});
