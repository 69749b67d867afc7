/**
 * The font as the PDFs embed it: the bundled font minus its OpenType layout tables (GSUB, GPOS and friends).
 *
 * pdfkit lays every string out with fontkit, which applies the font's GSUB/GPOS features; for Noto Sans SC that is
 * most of the time a PDF takes (parsing ~1 MB of lookups, then running them over every run of text), and it is work
 * the layout never wanted: the planner and the PDF writers measure with plain advance widths (layout/font-metrics),
 * and Chinese text set horizontally needs no substitution or kerning. Without those tables fontkit maps characters
 * to glyphs and adds up advances — the same numbers the text was broken with — and the embedded subset, which never
 * carried the layout tables, is unchanged.
 *
 * Only the table directory is rewritten: the kept records still point at the same bytes. fontWithoutShaping copies
 * (the caller's bytes stay as they were); a shell that has just read the font for the PDFs alone can drop the tables
 * in place with dropShapingTables and spare the 10 MB copy.
 */

/** Tables that only serve OpenType layout, vertical text or variation; nothing a horizontal PDF run needs. */
const LAYOUT_TABLES = new Set(['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'STAT', 'vhea', 'vmtx', 'VORG', 'morx', 'kerx', 'kern']);

const HEADER_BYTES = 12;
const RECORD_BYTES = 16;

const dropped = new WeakMap<Uint8Array, Uint8Array>();

export function fontWithoutShaping(font: Uint8Array): Uint8Array {
  let result = dropped.get(font);
  if (!result) {
    const kept = keptRecords(font);
    dropped.set(font, (result = kept ? rewriteDirectory(font.slice(), kept) : font));
  }
  return result;
}

/** Drop the layout tables from these very bytes (nothing to copy); returns them. */
export function dropShapingTables(font: Uint8Array): Uint8Array {
  const kept = keptRecords(font);
  return kept ? rewriteDirectory(font, kept) : font;
}

/** The offsets of the directory records to keep, or undefined when there is nothing to drop (or it is no sfnt font). */
function keptRecords(font: Uint8Array): number[] | undefined {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const version = view.getUint32(0);
  // TrueType (0x00010000, 'true') or CFF ('OTTO') faces; a collection or anything else is passed on untouched.
  if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f) return undefined;
  const count = view.getUint16(4);
  if (HEADER_BYTES + count * RECORD_BYTES > font.byteLength) return undefined;
  const kept: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = HEADER_BYTES + i * RECORD_BYTES;
    const tag = String.fromCharCode(font[at] ?? 0, font[at + 1] ?? 0, font[at + 2] ?? 0, font[at + 3] ?? 0);
    if (!LAYOUT_TABLES.has(tag)) kept.push(at);
  }
  return kept.length === count || kept.length === 0 ? undefined : kept;
}

function rewriteDirectory(out: Uint8Array, kept: readonly number[]): Uint8Array {
  const outView = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // The binary-search fields of the header follow from the new count (OpenType spec, "Table directory").
  const power = 2 ** Math.floor(Math.log2(kept.length));
  outView.setUint16(4, kept.length);
  outView.setUint16(6, power * 16);
  outView.setUint16(8, Math.log2(power));
  outView.setUint16(10, kept.length * 16 - power * 16);
  // Records stay in tag order (they were sorted, and dropping some keeps the rest sorted). Each moves towards the
  // start, so in place it never overwrites a record still to be moved.
  kept.forEach((from, i) => out.copyWithin(HEADER_BYTES + i * RECORD_BYTES, from, from + RECORD_BYTES));
  return out;
}
