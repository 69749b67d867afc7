/**
 * A ChartElement as one SVG, drawn from the same parts as the PDF handout's chart (main/engine/deck/chart-layout.ts).
 * The SVG covers the whole slide; its viewBox is the slide in points with the origin moved to the chart box's
 * corner, the layout's own space, so the parts need no conversion. The layout measures with the bundled font's
 * advance table, summed exactly as the handout sums it (write/pdf/text-metrics.ts): the same widths give the same
 * axis room and shorten the same long categories with "…", so preview and handout show the same labels.
 */
import type { ChartElement } from '../../../main/engine/deck/model.js';
import { layoutChart } from '../../../main/engine/deck/chart-layout.js';
import type { ChartPart, TextWidth } from '../../../main/engine/deck/chart-parts.js';
import { bundledFontMetrics } from '../../../main/engine/layout/bundled-metrics.js';
import { svg } from '../dom/h.js';
import { PREVIEW_FONT } from './font-face.js';
import { POINTS_PER_INCH } from './text-layout.js';

/**
 * The handout's measure: the characters' advances in the bundled font, nothing added. Not layout/measure.ts's
 * textWidthPt, whose allowances for PPTX viewers (substitute faces, autospace) the handout does not draw with.
 */
export const bundledTextWidth: TextWidth = (text, sizePt, bold) => {
  const metrics = bundledFontMetrics();
  let em = 0;
  for (const char of text) em += metrics.advanceEm(char, bold);
  return em * sizePt;
};

/** The preview's chart parts: the shared layout, measured as the handout measures. */
export function previewChartParts(element: ChartElement): ChartPart[] {
  return layoutChart(element, bundledTextWidth);
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
