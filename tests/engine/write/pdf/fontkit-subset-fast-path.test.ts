import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addGlyphReadingOnlyTheHeader, installSubsetFastPath } from '../../../../main/engine/write/pdf/fontkit-subset-fast-path.js';
import { requirePdfStackModules } from '../../../../main/engine/write/pdf/pdf-stack-modules.js';
import { bundledFontFiles } from '../../../../main/node/fonts.js';
import { packageFile } from '../../../../main/node/paths.js';

/** The bits of fontkit's TrueType font and subset the test reaches into (fontkit 2.0.x). */
interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
  _addGlyph(id: number): number;
}
interface TrueTypeFont {
  readonly numGlyphs: number;
  readonly loca: { readonly offsets: ArrayLike<number> };
  readonly directory: { readonly tables: Record<string, { readonly offset: number }> };
  glyphsForString(text: string): { readonly id: number }[];
  createSubset(): Subset;
}
interface Fontkit {
  create(bytes: Uint8Array): TrueTypeFont;
}

const { fontkit } = requirePdfStackModules() as { fontkit: Fontkit };
const ORIGINAL = Symbol.for('huibao.fontkit.TTFSubset._addGlyph');
const shipped = new Uint8Array(readFileSync(packageFile(bundledFontFiles.regular)));
const open = (bytes: Uint8Array): TrueTypeFont => fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** fontkit's own _addGlyph, whether or not another test in this process installed the fast path already. */
function originalAddGlyph(): Subset['_addGlyph'] {
  const prototype = Object.getPrototypeOf(open(shipped).createSubset()) as Subset & { [ORIGINAL]?: Subset['_addGlyph'] };
  return prototype[ORIGINAL] ?? prototype._addGlyph;
}

/**
 * Noto Sans SC has no composite glyphs, so the test makes some: each target's glyf record is overwritten in place
 * (a Chinese glyph's record is far longer than a composite's) with one that places two other glyphs (OpenType glyf,
 * "Composite glyph description": flags ARGS_ARE_XY_VALUES, MORE_COMPONENTS on all but the last, byte offsets).
 */
function withComposites(targets: readonly { readonly id: number; readonly parts: readonly [number, number] }[]): Uint8Array {
  const bytes = shipped.slice();
  const font = open(bytes);
  const glyf = font.directory.tables['glyf']?.offset ?? 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const { id, parts } of targets) {
    const at = glyf + (font.loca.offsets[id] ?? 0);
    view.setInt16(at, -1);
    let cursor = at + 10; // after numberOfContours and the bounding box, which stays as it was
    parts.forEach((part, index) => {
      view.setUint16(cursor, 0x0002 | (index < parts.length - 1 ? 0x0020 : 0));
      view.setUint16(cursor + 2, part);
      view.setInt8(cursor + 4, 10 * index);
      view.setInt8(cursor + 5, 0);
      cursor += 6;
    });
  }
  return bytes;
}

function subsetBytes(bytes: Uint8Array, ids: readonly number[], addGlyph: Subset['_addGlyph']): Uint8Array {
  const subset = open(bytes).createSubset();
  subset._addGlyph = addGlyph;
  for (const id of ids) subset.includeGlyph(id);
  return new Uint8Array(subset.encode());
}

describe("fontkit's TrueType subset without decoding outlines", () => {
  const text = '柏杨坝镇粮食种植面积达13.9万亩，同比增长2.93%（“三品一标”）GDP ▲▼·•… Wi-Fi';
  const simple = open(shipped).glyphsForString(text).map((glyph) => glyph.id);
  const composite = { id: simple[0] ?? 0, parts: [simple[1] ?? 0, 30_000] as const };
  const bytes = withComposites([composite, { id: simple[2] ?? 0, parts: [composite.id, simple[3] ?? 0] }]);

  it('writes the very bytes fontkit writes, for simple, empty and composite glyphs', () => {
    const original = originalAddGlyph();
    const fast = subsetBytes(bytes, simple, addGlyphReadingOnlyTheHeader(original));
    expect(Buffer.from(fast).equals(Buffer.from(subsetBytes(bytes, simple, original)))).toBe(true);
    // The composites' parts came along: glyph 30000 is in no string of the text.
    expect(fast.byteLength).toBeGreaterThan(subsetBytes(shipped, simple, original).byteLength);
  });

  it('is installed on the fontkit that pdfkit requires (fontkit also ships an ES module build, a separate copy)', () => {
    const pdfkitsFontkit: unknown = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit');
    expect(pdfkitsFontkit).toBe(fontkit);
    expect(installSubsetFastPath(fontkit, shipped)).toBe(true);
    const prototype = Object.getPrototypeOf(open(shipped).createSubset()) as Subset & { [ORIGINAL]?: unknown };
    expect(prototype[ORIGINAL]).toBeTypeOf('function');
    expect(prototype._addGlyph).not.toBe(prototype[ORIGINAL]);
    // Installing twice keeps one layer.
    expect(installSubsetFastPath(fontkit, shipped)).toBe(true);
    expect((Object.getPrototypeOf(open(shipped).createSubset()) as Subset & { [ORIGINAL]?: unknown })[ORIGINAL]).toBe(prototype[ORIGINAL]);
  });

  it('leaves modules that are not fontkit alone', () => {
    expect(installSubsetFastPath({}, shipped)).toBe(false);
    expect(installSubsetFastPath(null, shipped)).toBe(false);
  });
});
