/**
 * pdfkit embeds a font by asking fontkit for a subset. fontkit's TrueType subsetter decodes every glyph it copies —
 * contours, flags and every point — only to learn whether the glyph is composite, whose component ids it must
 * renumber. Noto Sans SC's Chinese glyphs have hundreds of points each, so that decoding was the largest single cost
 * of writing a PDF (about a quarter of the sample summary's time). A glyph record's first two bytes (numberOfContours,
 * negative for a composite) say as much: this replaces fontkit's `_addGlyph` with one that reads them, copies simple
 * glyphs as they are and hands composites and variable fonts (which fontkit re-encodes) to the original. The subset's
 * bytes do not change (tests/engine/write/pdf/fontkit-subset-fast-path.test.ts compares the two).
 *
 * It patches a private method, so it checks first that the subset class looks as expected (fontkit 2.0.x) and
 * leaves anything else alone.
 */

interface DecodeStream {
  pos: number;
  readonly buffer: Uint8Array;
  readBuffer(length: number): Uint8Array;
}

interface TrueTypeFont {
  readonly loca: { readonly offsets: ArrayLike<number> };
  readonly _variationProcessor?: unknown;
  _getTableStream(tag: 'glyf'): DecodeStream | null;
  getGlyph(id: number): { readonly advanceWidth: number; _getMetrics(): { readonly leftBearing: number } };
}

interface TrueTypeSubset {
  readonly font: TrueTypeFont;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  _addGlyph(id: number): number;
}

type AddGlyph = (this: TrueTypeSubset, id: number) => number;

interface Fontkit {
  create(bytes: Uint8Array): unknown;
}

/** Where the installed fast path keeps fontkit's own method (for the tests, and so it is installed only once). */
const ORIGINAL = Symbol.for('huibao.fontkit.TTFSubset._addGlyph');

/**
 * Install the fast path on the TrueType subset class of this fontkit module (found through a font made from
 * `trueTypeFont`, whose tables are not read). Returns whether the class now has it.
 */
export function installSubsetFastPath(fontkit: unknown, trueTypeFont: Uint8Array): boolean {
  if (!isFontkit(fontkit)) return false;
  const font = fontkit.create(trueTypeFont) as { createSubset?: () => unknown } | null;
  const subset = typeof font?.createSubset === 'function' ? font.createSubset() : undefined;
  const prototype = subset === undefined || subset === null ? undefined : (Object.getPrototypeOf(subset) as (Partial<TrueTypeSubset> & { [ORIGINAL]?: AddGlyph }) | null);
  if (!prototype) return false;
  if (prototype[ORIGINAL]) return true;
  // A CFF font gets fontkit's CFF subsetter, which has no _addGlyph (and no such cost).
  if (typeof prototype._addGlyph !== 'function' || !('glyphEncoder' in (subset as object))) return false;
  Object.defineProperty(prototype, ORIGINAL, { value: prototype._addGlyph });
  prototype._addGlyph = addGlyphReadingOnlyTheHeader(prototype._addGlyph as AddGlyph);
  return true;
}

function isFontkit(value: unknown): value is Fontkit {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Fontkit>).create === 'function';
}

/** fontkit's TTFSubset._addGlyph (2.0.4) for simple and empty glyphs, without decoding the outline. */
export function addGlyphReadingOnlyTheHeader(original: AddGlyph): AddGlyph {
  return function addGlyph(this: TrueTypeSubset, id: number): number {
    const font = this.font;
    const start = font.loca.offsets[id];
    const end = font.loca.offsets[id + 1];
    const stream = font._getTableStream('glyf');
    if (font._variationProcessor || start === undefined || end === undefined || !stream) return original.call(this, id);
    const at = stream.pos + start;
    if (end - start >= 2 && numberOfContours(stream.buffer, at) < 0) return original.call(this, id);
    stream.pos = at;
    const record = stream.readBuffer(end - start);
    const glyph = font.getGlyph(id);
    this.glyf.push(record);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
    this.offset += record.length;
    return this.glyf.length - 1;
  };
}

/** The glyph header's first field, a big-endian int16. */
function numberOfContours(bytes: Uint8Array, at: number): number {
  const value = ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
  return value >= 0x8000 ? value - 0x10000 : value;
}
