/**
 * ChartElement → pdfmake vectors and text, so the handout shows the chart the PPTX holds as a native (editable)
 * chart. Where each piece goes is decided in deck/chart-layout.ts (shared with the studio preview), measured with
 * the PDF's own font metrics; this file only maps the parts from slide points onto the page.
 */
import type { CanvasElement, Content } from 'pdfmake/interfaces.js';
import type { ChartElement } from '../../../deck/model.js';
import { layoutChart } from '../../../deck/chart-layout.js';
import { textLeft, type ChartPart } from '../../../deck/chart-parts.js';
import { cssColor, pageBox, pagePt, type Frame } from './frame.js';
import type { TextMetrics } from '../text-metrics.js';

export function drawChart(element: ChartElement, frame: Frame, metrics: TextMetrics): Content[] {
  const origin = pageBox(frame, element.box);
  const at = (x: number, y: number): { x: number; y: number } => ({ x: origin.x + pagePt(frame, x), y: origin.y + pagePt(frame, y) });
  const out: Content[] = [];
  // Shapes in a row share one canvas; a label between them keeps the paint order.
  let canvas: CanvasElement[] | undefined;
  for (const part of layoutChart(element, (text, sizePt, bold) => metrics.width(text, sizePt, bold))) {
    if (part.kind === 'text') {
      canvas = undefined;
      const size = pagePt(frame, part.sizePt);
      out.push({ text: [{ text: part.text, fontSize: size, bold: part.bold, color: cssColor(part.color), noWrap: true }], absolutePosition: at(textLeft(part), part.top), lineHeight: 1 });
      continue;
    }
    if (!canvas) out.push({ canvas: (canvas = []), absolutePosition: { x: 0, y: 0 } });
    canvas.push(vector(part, at));
  }
  return out;
}

function vector(part: Exclude<ChartPart, { kind: 'text' }>, at: (x: number, y: number) => { x: number; y: number }): CanvasElement {
  if (part.kind === 'line') {
    const from = at(part.x1, part.y1);
    const to = at(part.x2, part.y2);
    return { type: 'line', x1: from.x, y1: from.y, x2: to.x, y2: to.y, lineColor: cssColor(part.color), lineWidth: part.widthPt };
  }
  const corner = at(part.x, part.y);
  const far = at(part.x + part.w, part.y + part.h);
  return { type: 'rect', x: corner.x, y: corner.y, w: far.x - corner.x, h: far.y - corner.y, color: cssColor(part.color) };
}
