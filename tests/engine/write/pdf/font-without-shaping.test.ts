import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { dropShapingTables, fontWithoutShaping } from '../../../../main/engine/write/pdf/font-without-shaping.js';
import { bundledFontFiles } from '../../../../main/node/fonts.js';
import { packageFile } from '../../../../main/node/paths.js';

/** The font as shipped (loadBundledFonts already drops the tables, so read the file here). */
const shipped = (): Uint8Array => new Uint8Array(readFileSync(packageFile(bundledFontFiles.regular)));
const open = (bytes: Uint8Array): Font => create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Font;
const tables = (font: Font): string[] => Object.keys((font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables).sort();

describe('the PDF font without OpenType layout tables', () => {
  const original = shipped();
  const stripped = fontWithoutShaping(original);

  it('keeps every table a PDF needs and drops the layout ones', () => {
    expect(tables(open(original))).toEqual(expect.arrayContaining(['GSUB', 'GPOS', 'cmap', 'glyf', 'hmtx']));
    const kept = tables(open(stripped));
    for (const tag of ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'OS/2', 'post']) expect(kept).toContain(tag);
    for (const tag of ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx']) expect(kept).not.toContain(tag);
  });

  it('maps the same characters to the same glyphs and advances, and lays text out without substitution', () => {
    const [before, after] = [open(original), open(stripped)];
    const text = '柏杨坝镇粮食种植面积达13.9万亩，同比增长2.93%（“三品一标”）Wi-Fi fi';
    const run = after.layout(text);
    expect(run.glyphs.map((glyph) => glyph.id)).toEqual([...text].map((char) => before.glyphForCodePoint(char.codePointAt(0) ?? 0).id));
    expect(run.positions.map((position) => position.xAdvance)).toEqual([...text].map((char) => before.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth));
    expect(after.characterSet.length).toBe(before.characterSet.length);
  });

  it('leaves the caller\'s bytes alone when copying, and gives the same bytes when dropping in place', () => {
    const copy = original.slice();
    const inPlace = dropShapingTables(copy);
    expect(inPlace).toBe(copy);
    expect(Buffer.compare(inPlace, stripped)).toBe(0);
    expect(Buffer.compare(original, shipped())).toBe(0);
    expect(fontWithoutShaping(original)).toBe(stripped);
  });

  it('passes on what it does not understand, and a font without layout tables, untouched', () => {
    const notAFont = new TextEncoder().encode('not a font at all');
    expect(fontWithoutShaping(notAFont)).toBe(notAFont);
    expect(dropShapingTables(notAFont)).toBe(notAFont);
    expect(fontWithoutShaping(stripped)).toBe(stripped);
  });
});
