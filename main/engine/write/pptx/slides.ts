/** Draws one Deck slide onto a pptxgenjs slide: background, elements in their drawing order, speaker notes. */
import type { PptxPresentation, PptxSlide } from './pptxgenjs.js';
import type { Slide, SlideElement } from '../../deck/model.js';
import { addChart } from './charts.js';
import { hexColor } from './colors.js';
import { addImage } from './images.js';
import { notesBodyXml } from './notes.js';
import type { RunStyle } from './run-fonts.js';
import { addShape } from './shapes.js';
import { addTextBox } from './text-boxes.js';
import type { TextBodies } from './text-bodies.js';

export interface DrawContext {
  readonly pres: PptxPresentation;
  readonly bodies: TextBodies;
  readonly style: RunStyle;
}

export function drawSlide(context: DrawContext, slide: Slide, index: number): void {
  const target = context.pres.addSlide();
  const where = `slide ${index + 1} (${slide.id})`;
  target.background = { color: hexColor(slide.background, where) };
  for (const element of slide.elements) drawElement(context, target, element, `${where}, element ${element.id}`);
  target.addNotes(context.bodies.register(notesBodyXml(slide.notes, context.style)));
}

function drawElement(context: DrawContext, target: PptxSlide, element: SlideElement, where: string): void {
  switch (element.type) {
    case 'text':
      return addTextBox(target, element, context.bodies, context.style);
    case 'shape':
      return addShape(target, element, where);
    case 'image':
      return addImage(target, element, where);
    case 'chart':
      return addChart(target, element, context.style, where);
    default:
      return unknownElement(element);
  }
}

/** The compiler proves every element type is handled; at run time a stray object from JSON still gets a clear error. */
function unknownElement(element: never): never {
  throw new Error(`unknown slide element type ${JSON.stringify((element as { type?: unknown }).type)}`);
}
