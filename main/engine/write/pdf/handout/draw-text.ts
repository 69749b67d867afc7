/**
 * A TextElement drawn exactly as the planner laid it out: every TextLine on its own, at its own baseline, never
 * re-wrapped (pdfmake gets one absolutely positioned node per line, and the inline may not break). Positions follow
 * what the PPTX asks of a viewer: insets on all sides, the paragraphs' exact line pitch and space before, vertical
 * anchoring of the whole block, and bullets hanging one indent to the left of their text (layout/bullets.ts).
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { TextElement, TextLine, TextParagraph } from '../../../deck/model.js';
import { BULLET_CHAR, bulletIndentPt } from '../../../layout/bullets.js';
import { cssColor, pageBox, pagePt, type Frame, type PageBox } from './frame.js';
import type { TextMetrics } from '../text-metrics.js';

/**
 * Where the baseline sits inside a line of exact pitch `pitchPt`: the glyphs' descender rests on the bottom of the
 * line and any extra pitch goes above (how LibreOffice lays out fixed line spacing, which is also what look.sh and
 * most non-Microsoft viewers show for the PPTX).
 */
export function baselineInLinePt(pitchPt: number, fontSizePt: number, metrics: TextMetrics): number {
  return pitchPt - metrics.descenderEm * fontSizePt;
}

export function drawText(element: TextElement, frame: Frame, metrics: TextMetrics): Content[] {
  const box = pageBox(frame, element.box);
  const inset = element.inset * frame.scale;
  const height = element.paragraphs.reduce((sum, paragraph) => sum + paragraphHeightPt(paragraph), 0);
  const free = box.h - 2 * inset - pagePt(frame, height);
  let y = box.y + inset + (element.valign === 'top' ? 0 : element.valign === 'middle' ? free / 2 : free);
  const out: Content[] = [];
  for (const paragraph of element.paragraphs) {
    y += pagePt(frame, paragraph.spaceBeforePt);
    paragraph.lines.forEach((line, index) => {
      out.push(...drawLine({ line, paragraph, first: index === 0, top: y, box, inset, frame, metrics }));
      y += pagePt(frame, paragraph.lineHeightPt);
    });
  }
  return out;
}

function paragraphHeightPt(paragraph: TextParagraph): number {
  return paragraph.spaceBeforePt + paragraph.lines.length * paragraph.lineHeightPt;
}

interface LineJob {
  readonly line: TextLine;
  readonly paragraph: TextParagraph;
  readonly first: boolean;
  /** Top of the line's pitch, page points. */
  readonly top: number;
  readonly box: PageBox;
  readonly inset: number;
  readonly frame: Frame;
  readonly metrics: TextMetrics;
}

function drawLine(job: LineJob): Content[] {
  const { line, paragraph, frame, metrics, box, inset } = job;
  const runs = line.filter((run) => run.text !== '');
  const firstRun = paragraph.lines[0]?.[0] ?? runs[0];
  if (runs.length === 0 || !firstRun) return [];
  const maxSize = Math.max(...runs.map((run) => pagePt(frame, run.fontSize)));
  const baseline = job.top + pagePt(frame, baselineInLinePt(paragraph.lineHeightPt, Math.max(...runs.map((run) => run.fontSize)), metrics));
  const width = runs.reduce((sum, run) => sum + metrics.width(run.text, pagePt(frame, run.fontSize), run.bold), 0);
  const indent = paragraph.bullet ? pagePt(frame, bulletIndentPt(firstRun.fontSize)) : 0;
  const left = box.x + inset + indent;
  const room = box.w - 2 * inset - indent;
  const x = paragraph.align === 'left' ? left : paragraph.align === 'center' ? left + (room - width) / 2 : left + room - width;
  const text = runs.map((run) => ({ text: run.text, fontSize: pagePt(frame, run.fontSize), bold: run.bold, color: cssColor(run.color), noWrap: true }));
  const out: Content[] = [placed(text, x, baseline - metrics.ascenderEm * maxSize)];
  if (paragraph.bullet && job.first) {
    const size = pagePt(frame, firstRun.fontSize);
    out.unshift(placed([{ text: BULLET_CHAR, fontSize: size, bold: false, color: cssColor(firstRun.color), noWrap: true }], box.x + inset, baseline - metrics.ascenderEm * size));
  }
  return out;
}

function placed(text: Content[], x: number, y: number): Content {
  return { text, absolutePosition: { x, y }, lineHeight: 1, preserveLeadingSpaces: true };
}
