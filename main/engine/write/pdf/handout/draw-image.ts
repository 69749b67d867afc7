/** ImageElement → a pdfmake image stretched over its box, as the PPTX shows it; bytes go in as a data URL, never a path. */
import type { Content } from 'pdfmake/interfaces.js';
import type { ImageElement } from '../../../deck/model.js';
import { dataUrl } from '../data-url.js';
import { pageBox, type Frame } from './frame.js';

export function drawImage(element: ImageElement, frame: Frame): Content[] {
  const box = pageBox(frame, element.box);
  if (box.w <= 0 || box.h <= 0) return [];
  return [{ image: dataUrl(element.mime, element.data), width: box.w, height: box.h, absolutePosition: { x: box.x, y: box.y } }];
}
