/**
 * A TextElement's <p:txBody>, written exactly as laid out: one <a:p> per TextParagraph, its TextLines joined by
 * <a:br/>, every run with its explicit size, an exact line pitch (spcPts) and no autofit, so PowerPoint neither
 * shrinks nor re-flows what the planner measured. Wrapping stays on (wrap="square") as the spec'd default; the
 * lines were broken inside a safety margin (layout/safety.ts), so it never triggers.
 */
import type { TextElement, TextLine, TextParagraph, TextRun } from '../../deck/model.js';
import { BULLET_CHAR, bulletIndentPt } from '../../layout/bullets.js';
import { hexColor } from './colors.js';
import { fontElements, langAttributes, type RunStyle } from './run-fonts.js';
import { xmlSafeRunText } from './sanitize-text.js';
import { EMU_PER_POINT, escapeXml, hundredthsOfPoint, inchesToEmu } from './xml.js';

const ANCHOR: Record<TextElement['valign'], string> = { top: 't', middle: 'ctr', bottom: 'b' };
const ALIGN: Record<TextParagraph['align'], string> = { left: 'l', center: 'ctr', right: 'r' };

export function textBodyXml(element: TextElement, style: RunStyle): string {
  const inset = inchesToEmu(element.inset);
  const bodyPr = `<a:bodyPr wrap="square" lIns="${inset}" tIns="${inset}" rIns="${inset}" bIns="${inset}" rtlCol="0" anchor="${ANCHOR[element.valign]}" anchorCtr="0"/>`;
  const paragraphs = element.paragraphs.length > 0 ? element.paragraphs.map((paragraph) => paragraphXml(paragraph, element.id, style)) : [emptyParagraph(style)];
  return `<p:txBody>${bodyPr}<a:lstStyle/>${paragraphs.join('')}</p:txBody>`;
}

function paragraphXml(paragraph: TextParagraph, where: string, style: RunStyle): string {
  const firstRun = paragraph.lines.flat()[0];
  const lastRun = paragraph.lines.flat().at(-1);
  const lines = paragraph.lines.map((line) => lineXml(line, where, style));
  const breakProps = (line: TextLine): string => runProperties('a:rPr', line[line.length - 1] ?? lastRun, where, style);
  const body = lines.map((xml, index) => (index === 0 ? xml : `<a:br>${breakProps(paragraph.lines[index - 1] ?? [])}</a:br>${xml}`)).join('');
  return `<a:p>${paragraphProperties(paragraph, firstRun)}${body}${runProperties('a:endParaRPr', lastRun, where, style)}</a:p>`;
}

/** pPr children must keep schema order: lnSpc, spcBef, bullet font, bullet. */
function paragraphProperties(paragraph: TextParagraph, firstRun: TextRun | undefined): string {
  const lineSpacing = `<a:lnSpc><a:spcPts val="${hundredthsOfPoint(paragraph.lineHeightPt)}"/></a:lnSpc>`;
  const spaceBefore = `<a:spcBef><a:spcPts val="${hundredthsOfPoint(paragraph.spaceBeforePt)}"/></a:spcBef>`;
  if (!paragraph.bullet) return `<a:pPr marL="0" indent="0" algn="${ALIGN[paragraph.align]}">${lineSpacing}${spaceBefore}<a:buNone/></a:pPr>`;
  const indent = Math.round(bulletIndentPt(firstRun?.fontSize ?? 18) * EMU_PER_POINT);
  const bullet = `<a:buSzPct val="100000"/><a:buFont typeface="Arial"/><a:buChar char="${BULLET_CHAR}"/>`;
  return `<a:pPr marL="${indent}" indent="-${indent}" algn="${ALIGN[paragraph.align]}">${lineSpacing}${spaceBefore}${bullet}</a:pPr>`;
}

function lineXml(line: TextLine, where: string, style: RunStyle): string {
  return line
    .filter((run) => run.text !== '')
    .map((run) => `<a:r>${runProperties('a:rPr', run, where, style)}<a:t>${escapeXml(xmlSafeRunText(run.text))}</a:t></a:r>`)
    .join('');
}

/** Run properties in schema order: attributes, fill, then latin/ea/cs. */
export function runProperties(tag: 'a:rPr' | 'a:endParaRPr', run: TextRun | undefined, where: string, style: RunStyle): string {
  if (!run) return `<${tag}${langAttributes(style.lang)} dirty="0">${fontElements(style.fonts)}</${tag}>`;
  const size = hundredthsOfPoint(run.fontSize);
  if (!(size >= 100 && size <= 400_000)) throw new Error(`${where}: font size ${run.fontSize}pt is outside PowerPoint's 1–4000 pt`);
  const fill = `<a:solidFill><a:srgbClr val="${hexColor(run.color, where)}"/></a:solidFill>`;
  return `<${tag}${langAttributes(style.lang)} sz="${size}" b="${run.bold ? 1 : 0}" dirty="0">${fill}${fontElements(style.fonts)}</${tag}>`;
}

function emptyParagraph(style: RunStyle): string {
  return `<a:p>${runProperties('a:endParaRPr', undefined, '', style)}</a:p>`;
}
