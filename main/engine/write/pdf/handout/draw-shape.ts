/**
 * ShapeElement → pdfmake canvas, with the PPTX writer's geometry: a round rectangle's `radius` is a share (0..1) of
 * half its shorter side (OOXML's roundRect "adj"), 0.2 when unset; lines run from the box's top-left to its
 * bottom-right corner. Outline widths are slide points, scaled with the slide.
 */
import type { CanvasElement, Content } from 'pdfmake/interfaces.js';
import type { ShapeElement } from '../../../deck/model.js';
import { cssColor, pageBox, pagePt, type Frame } from './frame.js';

const DEFAULT_RADIUS = 0.2;

export function drawShape(element: ShapeElement, frame: Frame): Content[] {
  const box = pageBox(frame, element.box);
  const paint = {
    ...(element.fill !== undefined && element.shape !== 'line' ? { color: cssColor(element.fill) } : {}),
    ...(element.line ? { lineColor: cssColor(element.line.color), lineWidth: pagePt(frame, element.line.widthPt) } : { lineWidth: 0 }),
  };
  if (!element.line && paint.color === undefined) return [];
  const vector = vectorFor(element, box.w, box.h, paint);
  return [{ canvas: [vector], absolutePosition: { x: box.x, y: box.y } }];
}

type Paint = { color?: string; lineColor?: string; lineWidth: number };

function vectorFor(element: ShapeElement, w: number, h: number, paint: Paint): CanvasElement {
  switch (element.shape) {
    case 'rect':
      return { type: 'rect', x: 0, y: 0, w, h, ...paint };
    case 'roundRect': {
      const radius = Math.min(Math.max(element.radius ?? DEFAULT_RADIUS, 0), 1);
      return { type: 'rect', x: 0, y: 0, w, h, r: (radius * Math.min(w, h)) / 2, ...paint };
    }
    case 'ellipse':
      return { type: 'ellipse', x: w / 2, y: h / 2, r1: w / 2, r2: h / 2, ...paint };
    case 'line':
      return { type: 'line', x1: 0, y1: 0, x2: w, y2: h, lineColor: paint.lineColor ?? '#000000', lineWidth: paint.lineWidth };
  }
}
