/**
 * A ChartElement as one SVG, drawn from the same parts as the PDF handout's chart (main/engine/deck/chart-layout.ts).
 * The SVG covers the whole slide; its viewBox is the slide in points with the origin moved to the chart box's
 * corner, the layout's own space, so the parts need no conversion. The layout measures with an estimate rather
 * than the font: it needs widths only for room (the axis, where to shorten a long category with "…"), and the SVG
 * anchors each label itself, so an estimate a little off moves nothing that is aligned.
 */
import type { ChartElement } from '../../../main/engine/deck/model.js';
import { layoutChart } from '../../../main/engine/deck/chart-layout.js';
import type { ChartPart } from '../../../main/engine/deck/chart-parts.js';
import { svg } from '../dom/h.js';
import { PREVIEW_FONT } from './font-face.js';
import { POINTS_PER_INCH } from './text-layout.js';

/**
 * Estimated advance of `text` in em, near the bundled font's: a full em for CJK, full-width forms and the "…" the
 * layout shortens with; digits 0.55, separators 0.28, other latin 0.6.
 */
export function estimateWidthEm(text: string): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    em += code >= 0x2e80 || char === '…' ? 1 : /\d/.test(char) ? 0.55 : /[.,]/.test(char) ? 0.28 : 0.6;
  }
  return em;
}

/** The preview's chart parts: the shared layout, measured with the estimate. */
export function previewChartParts(element: ChartElement): ChartPart[] {
  return layoutChart(element, (text, sizePt) => estimateWidthEm(text) * sizePt);
}

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;
const color = (hex: string): string => `#${hex.replace(/^#/, '')}`;

/** `slide` is the slide's size in inches, drawn at `pxPerInch`. */
export function drawChart(element: ChartElement, slide: { readonly w: number; readonly h: number }, pxPerInch: number): SVGSVGElement {
  const pt = (inches: number): number => inches * POINTS_PER_INCH;
  return svg(
    'svg',
    {
      class: 'slide-chart',
      viewBox: `${-pt(element.box.x)} ${-pt(element.box.y)} ${pt(slide.w)} ${pt(slide.h)}`,
      width: slide.w * pxPerInch,
      height: slide.h * pxPerInch,
      role: 'img',
      'aria-label': element.altText,
    },
    previewChartParts(element).map((part) => drawPart(part, pxPerInch)),
  );
}

function drawPart(part: ChartPart, pxPerInch: number): SVGElement {
  switch (part.kind) {
    case 'line':
      // Stroke widths are points of the finished drawing (chart-parts.ts): kept whatever the preview's zoom.
      return svg('line', { x1: part.x1, y1: part.y1, x2: part.x2, y2: part.y2, stroke: color(part.color), 'stroke-width': (part.widthPt / POINTS_PER_INCH) * pxPerInch, 'vector-effect': 'non-scaling-stroke' });
    case 'rect':
      return svg('rect', { x: part.x, y: part.y, width: Math.max(part.w, 0), height: Math.max(part.h, 0), fill: color(part.color) });
    case 'text':
      return svg(
        'text',
        { x: part.x, y: part.top + PREVIEW_FONT.ascenderEm * part.sizePt, 'font-size': part.sizePt, 'font-weight': part.bold ? 700 : 400, 'text-anchor': ANCHOR[part.align], fill: color(part.color) },
        part.text,
      );
  }
}
