/**
 * Measuring what the PDFs draw: advance widths from the layout module's font metrics (the same numbers the planner
 * broke the slides' lines with) and the font's ascender, which is where pdfmake puts a line's baseline below the
 * top of its box. The PDFs always embed the bundled font, so its generated metrics describe them.
 */
import { bundledFontMetrics } from '../../layout/bundled-metrics.js';
import type { FontMetrics } from '../../layout/font-metrics.js';

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

let shared: TextMetrics | undefined;

export function textMetrics(): TextMetrics {
  shared ??= measureWith(bundledFontMetrics());
  return shared;
}

function measureWith(metrics: FontMetrics): TextMetrics {
  return {
    metrics,
    width: (text, sizePt, bold) => {
      let em = 0;
      for (const char of text) em += metrics.advanceEm(char, bold);
      return em * sizePt;
    },
    ascenderEm: metrics.ascenderEm,
    descenderEm: metrics.descenderEm,
  };
}
