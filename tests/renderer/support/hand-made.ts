/** Small hand-made Deck pieces for the preview's layout tests: every number here is chosen to be checked by hand. */
import type { TextElement, TextParagraph } from '../../../main/engine/deck/model.js';

export function paragraph(lines: string[], options: Partial<Omit<TextParagraph, 'lines'>> & { size?: number } = {}): TextParagraph {
  const size = options.size ?? 18;
  return {
    lines: lines.map((text) => [{ text, fontSize: size, bold: false, color: '333333' }]),
    align: options.align ?? 'left',
    bullet: options.bullet ?? false,
    lineHeightPt: options.lineHeightPt ?? 24,
    spaceBeforePt: options.spaceBeforePt ?? 0,
  };
}

export function textElement(paragraphs: TextParagraph[], options: Partial<Omit<TextElement, 'paragraphs' | 'type'>> = {}): TextElement {
  return { type: 'text', id: options.id ?? 't1', role: options.role ?? 'body', box: options.box ?? { x: 1, y: 1, w: 6, h: 3 }, paragraphs, valign: options.valign ?? 'top', inset: options.inset ?? 0.1 };
}
