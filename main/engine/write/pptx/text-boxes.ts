/**
 * TextElement → a pptxgenjs text box holding a marker; the exact text body (text-body.ts) replaces the marker in
 * post-processing. pptxgenjs still owns the shape: its id, its place in the drawing order, its geometry.
 */
import type { PptxSlide } from './pptxgenjs.js';
import type { TextElement } from '../../deck/model.js';
import type { RunStyle } from './run-fonts.js';
import { xmlSafeText } from './sanitize-text.js';
import { textBodyXml } from './text-body.js';
import type { TextBodies, TitlePlaceholder } from './text-bodies.js';

/** `placeholder` makes the box the slide's title for PowerPoint's outline, navigation and accessibility checker. */
export function addTextBox(slide: PptxSlide, element: TextElement, bodies: TextBodies, style: RunStyle, placeholder?: TitlePlaceholder): void {
  const { x, y, w, h } = element.box;
  const marker = bodies.register(textBodyXml(element, style), placeholder);
  slide.addText(marker, { x, y, w, h, isTextBox: true, objectName: `${element.role}: ${xmlSafeText(element.id)}`, fit: 'none' });
}
