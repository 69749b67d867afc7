/**
 * ImageElement → a pptxgenjs picture with alt text for screen readers. pptxgenjs gets a stand-in; the real bytes are
 * recorded in PictureBytes and put into the package by the post-process (see pictures.ts).
 */
import type { PptxSlide } from './pptxgenjs.js';
import type { ImageElement } from '../../deck/model.js';
import { STAND_IN_BASE64, type PictureBytes } from './pictures.js';
import { xmlSafeText } from './sanitize-text.js';

const SIGNATURES: Record<ImageElement['mime'], readonly number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export function addImage(slide: PptxSlide, element: ImageElement, where: string, pictures: PictureBytes, slideIndex: number): void {
  checkSignature(element, where);
  const { x, y, w, h } = element.box;
  const name = xmlSafeText(element.id);
  pictures.add(slideIndex, name, element.data);
  // The data URL's type names the media file (.png / .jpeg) and its content type; the bytes come later.
  slide.addImage({ data: `data:${element.mime};base64,${STAND_IN_BASE64}`, x, y, w, h, altText: xmlSafeText(element.altText), objectName: name });
}

/** Bytes that are not what the mime says would show as a broken picture in PowerPoint: refuse them here. */
function checkSignature(element: ImageElement, where: string): void {
  const signature = SIGNATURES[element.mime];
  if (!signature.every((byte, index) => element.data[index] === byte)) throw new Error(`${where}: the image bytes are not ${element.mime}`);
}
