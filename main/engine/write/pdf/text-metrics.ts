/**
 * Measuring what the PDFs draw: advance widths from the layout module's font metrics (the same numbers the planner
 * broke the slides' lines with) and the font's ascender, which is where pdfmake puts a line's baseline below the
 * top of its box. Opened once per font byte array: parsing a 10 MB CJK font is the expensive part.
 */
import { create, type Font } from 'fontkit';
import { createFontMetrics, type FontMetrics } from '../../layout/font-metrics.js';
import type { PdfFonts } from './pdf-fonts.js';

export interface TextMetrics {
  /** The layout module's metrics, for breaking and fitting text with the same rules as slides. */
  readonly metrics: FontMetrics;
  /** Width of `text` at `sizePt`, in points. */
  width(text: string, sizePt: number, bold: boolean): number;
  /** Ascender in em (hhea ascent / units per em), as pdfkit uses it. */
  readonly ascenderEm: number;
  /** Descender in em, positive. */
  readonly descenderEm: number;
}

const cache = new WeakMap<Uint8Array, WeakMap<Uint8Array, TextMetrics>>();

export function textMetrics(fonts: PdfFonts): TextMetrics {
  let byBold = cache.get(fonts.regular);
  if (!byBold) cache.set(fonts.regular, (byBold = new WeakMap()));
  let metrics = byBold.get(fonts.bold);
  if (!metrics) byBold.set(fonts.bold, (metrics = openMetrics(fonts)));
  return metrics;
}

function openMetrics(fonts: PdfFonts): TextMetrics {
  const advances: FontMetrics = createFontMetrics(fonts);
  const face = create(fonts.regular as unknown as Parameters<typeof create>[0]) as Font;
  return {
    metrics: advances,
    width: (text, sizePt, bold) => {
      let em = 0;
      for (const char of text) em += advances.advanceEm(char, bold);
      return em * sizePt;
    },
    ascenderEm: face.ascent / face.unitsPerEm,
    descenderEm: -face.descent / face.unitsPerEm,
  };
}
