/** ImageElement → a pptxgenjs picture from its bytes (a data URL), with alt text for screen readers. */
import type { PptxSlide } from './pptxgenjs.js';
import type { ImageElement } from '../../deck/model.js';
import { xmlSafeText } from './sanitize-text.js';

const SIGNATURES: Record<ImageElement['mime'], readonly number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export function addImage(slide: PptxSlide, element: ImageElement, where: string): void {
  checkSignature(element, where);
  const { x, y, w, h } = element.box;
  slide.addImage({ data: `data:${element.mime};base64,${toBase64(element.data)}`, x, y, w, h, altText: xmlSafeText(element.altText), objectName: xmlSafeText(element.id) });
}

/** Bytes that are not what the mime says would show as a broken picture in PowerPoint: refuse them here. */
function checkSignature(element: ImageElement, where: string): void {
  const signature = SIGNATURES[element.mime];
  if (!signature.every((byte, index) => element.data[index] === byte)) throw new Error(`${where}: the image bytes are not ${element.mime}`);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer or btoa, so the engine stays portable. */
export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out.push(
      ALPHABET[(triple >> 18) & 63] ?? '',
      ALPHABET[(triple >> 12) & 63] ?? '',
      i + 1 < bytes.length ? (ALPHABET[(triple >> 6) & 63] ?? '') : '=',
      i + 2 < bytes.length ? (ALPHABET[triple & 63] ?? '') : '=',
    );
  }
  return out.join('');
}
