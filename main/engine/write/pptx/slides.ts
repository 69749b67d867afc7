/**
 * Draws one Deck slide onto a pptxgenjs slide: background, elements in their drawing order, speaker notes. The first
 * text with role "title" becomes the slide's title placeholder, so PowerPoint lists the slide by name.
 */
import type { PptxPresentation, PptxSlide } from './pptxgenjs.js';
import type { Slide, SlideElement } from '../../deck/model.js';
import { addChart } from './charts.js';
import { hexColor } from './colors.js';
import { addImage } from './images.js';
import { notesBodyXml } from './notes.js';
import type { PictureBytes } from './pictures.js';
import type { RunStyle } from './run-fonts.js';
import { addShape } from './shapes.js';
import { addTextBox } from './text-boxes.js';
import type { TextBodies, TitlePlaceholder } from './text-bodies.js';

export interface DrawContext {
  readonly pres: PptxPresentation;
  readonly bodies: TextBodies;
  readonly pictures: PictureBytes;
  readonly style: RunStyle;
}

export function drawSlide(context: DrawContext, slide: Slide, index: number): void {
  const target = context.pres.addSlide();
  const where = `slide ${index + 1} (${slide.id})`;
  target.background = { color: hexColor(slide.background, where) };
  const title = slide.elements.find((element) => element.type === 'text' && element.role === 'title');
  for (const element of slide.elements) {
    const placeholder = element === title ? (slide.kind === 'title' ? 'ctrTitle' : 'title') : undefined;
    drawElement(context, target, element, `${where}, element ${element.id}`, placeholder, index);
  }
  target.addNotes(context.bodies.register(notesBodyXml(slide.notes, context.style)));
}

function drawElement(context: DrawContext, target: PptxSlide, element: SlideElement, where: string, placeholder: TitlePlaceholder | undefined, slideIndex: number): void {
  switch (element.type) {
    case 'text':
      return addTextBox(target, element, context.bodies, context.style, placeholder);
    case 'shape':
      return addShape(target, element, where);
    case 'image':
      return addImage(target, element, where, context.pictures, slideIndex);
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
