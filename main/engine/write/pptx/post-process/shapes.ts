/**
 * Shape repairs. PowerPoint "repairs" a deck whose <p:sp> has no <p:txBody> (pptxgenjs #1441, shapes and master
 * rectangles alike), so every bare shape gets an empty body carrying the deck's lang. pptxgenjs also writes an empty
 * <a:ln></a:ln> for a shape without outline, which viewers may draw with a default line: make it "no line".
 */
import { fontElements, langAttributes, type RunStyle } from '../run-fonts.js';

const SHAPE = /<p:sp>([\s\S]*?)<\/p:sp>/g;

export function addMissingTextBodies(xml: string, style: RunStyle): string {
  const body = `<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:endParaRPr${langAttributes(style.lang)} dirty="0">${fontElements(style.fonts)}</a:endParaRPr></a:p></p:txBody>`;
  return xml.replace(SHAPE, (shape, inner: string) => {
    if (inner.includes('<p:txBody>')) return shape;
    const ext = inner.search(/<p:extLst\b/);
    return ext < 0 ? `<p:sp>${inner}${body}</p:sp>` : `<p:sp>${inner.slice(0, ext)}${body}${inner.slice(ext)}</p:sp>`;
  });
}

export function explicitNoOutline(xml: string): string {
  return xml.replace(/<a:ln><\/a:ln>/g, '<a:ln><a:noFill/></a:ln>');
}
