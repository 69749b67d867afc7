/** ImageElement → a pdfmake image stretched over its box, as the PPTX shows it; bytes go in by name (PdfImages), never a path. */
import type { Content } from 'pdfmake/interfaces.js';
import type { ImageElement } from '../../../deck/model.js';
import type { PdfImages } from '../pdf-images.js';
import { pageBox, type Frame } from './frame.js';

export function drawImage(element: ImageElement, frame: Frame, images: PdfImages): Content[] {
  const box = pageBox(frame, element.box);
  if (box.w <= 0 || box.h <= 0) return [];
  return [{ image: images.name(element.mime, element.data), width: box.w, height: box.h, absolutePosition: { x: box.x, y: box.y } }];
}
