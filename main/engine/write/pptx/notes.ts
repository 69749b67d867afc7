/**
 * Speaker notes: the notes placeholder's <p:txBody>, one paragraph per line of Slide.notes (pptxgenjs would put
 * the whole text, newlines included, into a single run, which PowerPoint shows as one run-on paragraph).
 */
import { fontElements, langAttributes, type RunStyle } from './run-fonts.js';
import { xmlSafeText } from './sanitize-text.js';
import { escapeXml } from './xml.js';

export function notesBodyXml(notes: string, style: RunStyle): string {
  const lines = xmlSafeText(notes).split(/\r\n|[\n\r\u2028\u2029]/);
  const props = (tag: string): string => `<${tag}${langAttributes(style.lang)} dirty="0">${fontElements(style.fonts)}</${tag}>`;
  const paragraphs = lines.map((line) => `<a:p>${line ? `<a:r>${props('a:rPr')}<a:t>${escapeXml(line)}</a:t></a:r>` : ''}${props('a:endParaRPr')}</a:p>`);
  return `<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs.join('')}</p:txBody>`;
}
