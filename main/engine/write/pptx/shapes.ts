/** ShapeElement → a pptxgenjs shape: rectangles, rounded rectangles, ellipses and lines, with fill and outline. */
import type { PptxShapeName, PptxShapeProps, PptxSlide } from './pptxgenjs.js';
import type { ShapeElement } from '../../deck/model.js';
import { hexColor } from './colors.js';
import { xmlSafeText } from './sanitize-text.js';

const SHAPE_NAMES: Record<ShapeElement['shape'], PptxShapeName> = { rect: 'rect', roundRect: 'roundRect', ellipse: 'ellipse', line: 'line' };

export function addShape(slide: PptxSlide, element: ShapeElement, where: string): void {
  const { x, y, w, h } = element.box;
  const options: PptxShapeProps = { x, y, w, h, objectName: xmlSafeText(element.id) };
  if (element.fill !== undefined && element.shape !== 'line') options.fill = { color: hexColor(element.fill, where) };
  // Without an outline pptxgenjs writes an empty <a:ln>; post-processing makes it an explicit "no line".
  if (element.line) options.line = { color: hexColor(element.line.color, where), width: element.line.widthPt };
  if (element.shape === 'roundRect') options.rectRadius = cornerRadiusInches(element);
  slide.addShape(SHAPE_NAMES[element.shape], options);
}

/**
 * ShapeElement.radius is 0..1 of the largest possible rounding (half the shorter side), the way OOXML's roundRect
 * "adj" works (0..50000); pptxgenjs takes the radius in inches and converts back to that ratio.
 */
function cornerRadiusInches(element: ShapeElement): number {
  const radius = Math.min(Math.max(element.radius ?? 0.2, 0), 1);
  return (radius * Math.min(element.box.w, element.box.h)) / 2;
}
