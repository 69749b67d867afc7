/**
 * What chart-layout.ts hands to a drawer: a flat list of lines, rectangles and one-line labels in paint order, in
 * slide points from the top-left corner of the chart's box. A drawer only maps that space onto its own (the handout
 * onto a PDF page, the preview onto an SVG viewBox) and never decides where anything goes.
 */
import type { HexColor } from './model.js';

/** Advance width in points of `text` set at `sizePt`; the handout and the preview both pass the bundled font's metrics. */
export type TextWidth = (text: string, sizePt: number, bold: boolean) => number;

export interface ChartLinePart {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly color: HexColor;
  /** Points of the finished drawing, not slide points: the grid stays a hairline on a slide drawn small. */
  readonly widthPt: number;
}

export interface ChartRectPart {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly color: HexColor;
}

export interface ChartTextPart {
  readonly kind: 'text';
  /** Already shortened with "…" where the room was too narrow; drawn on one line. */
  readonly text: string;
  /** The anchor: the label's left edge, centre or right edge, per `align`. */
  readonly x: number;
  /** Top of the label's line box; the baseline sits one font ascender below it (as pdfmake places text). */
  readonly top: number;
  readonly align: 'left' | 'center' | 'right';
  /** Width of `text` by the layout's TextWidth, so a drawer that cannot align text itself can place it. */
  readonly width: number;
  readonly sizePt: number;
  readonly bold: boolean;
  readonly color: HexColor;
}

export type ChartPart = ChartLinePart | ChartRectPart | ChartTextPart;

/** The left edge of a label, from its anchor and measured width. */
export function textLeft(part: ChartTextPart): number {
  return part.align === 'left' ? part.x : part.align === 'center' ? part.x - part.width / 2 : part.x - part.width;
}
