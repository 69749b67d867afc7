/**
 * A line of sample text in the pack's faces, so a face name can be judged before it is saved. The faces go
 * through the CSSOM (the CSP forbids style attributes); a face this computer lacks falls back to the UI font, as
 * PowerPoint would on a computer without it.
 */
import { h } from '../dom/h.js';

export interface FontSample {
  readonly element: HTMLElement;
  show(fonts: { readonly latin: string; readonly eastAsian: string }): void;
}

/** A CSS font-family list: Latin face first (CJK glyphs are missing from it, so they fall through to the East Asian face). */
export function fontFamily(fonts: { readonly latin: string; readonly eastAsian: string }): string {
  const quote = (face: string): string => `"${face.replace(/["\\]/g, '')}"`;
  const faces = [fonts.latin, fonts.eastAsian].map((face) => face.trim()).filter((face) => face !== '');
  return [...new Set(faces)].map(quote).concat('sans-serif').join(', ');
}

export function fontSample(fonts: { readonly latin: string; readonly eastAsian: string }, text: string): FontSample {
  const element = h('p', { class: 'font-sample', attrs: { 'data-testid': 'font-sample' }, text });
  const show = (next: { readonly latin: string; readonly eastAsian: string }): void => {
    element.style.fontFamily = fontFamily(next);
  };
  show(fonts);
  return { element, show };
}
