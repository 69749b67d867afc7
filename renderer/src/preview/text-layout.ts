/**
 * Where each line of a TextElement goes, in slide inches: the same rules as the PDF handout (insets on all sides,
 * exact line pitch and space before, vertical anchoring of the whole block, descender resting on the bottom of the
 * line's pitch, bullets hanging one indent to the left). The lines themselves are drawn as given, never re-wrapped.
 */
import type { TextElement, TextLine, TextParagraph } from '../../../main/engine/deck/model.js';
import { bulletIndentPt, BULLET_CHAR } from '../../../main/engine/layout/bullets.js';

export const POINTS_PER_INCH = 72;

export interface VerticalMetrics {
  readonly ascenderEm: number;
  readonly descenderEm: number;
}

export interface PlacedLine {
  /** Top of the glyph box: baseline − ascender of the largest run, inches from the slide's top. */
  readonly top: number;
  readonly baseline: number;
  /** The room the line is aligned in (after inset and bullet indent), inches. */
  readonly left: number;
  readonly width: number;
  readonly align: TextParagraph['align'];
  readonly runs: TextLine;
  /** Points: the largest run, which sets the line's glyph box. */
  readonly sizePt: number;
  readonly bullet: { readonly char: string; readonly left: number; readonly top: number; readonly sizePt: number; readonly color: string } | null;
}

export function layoutText(element: TextElement, font: VerticalMetrics): PlacedLine[] {
  const { box, inset } = element;
  const heightIn = element.paragraphs.reduce((sum, paragraph) => sum + paragraphHeightPt(paragraph), 0) / POINTS_PER_INCH;
  const free = box.h - 2 * inset - heightIn;
  let y = box.y + inset + (element.valign === 'top' ? 0 : element.valign === 'middle' ? free / 2 : free);
  const placed: PlacedLine[] = [];
  for (const paragraph of element.paragraphs) {
    y += paragraph.spaceBeforePt / POINTS_PER_INCH;
    const firstRun = paragraph.lines[0]?.find((run) => run.text !== '') ?? paragraph.lines[0]?.[0];
    const indent = paragraph.bullet && firstRun ? bulletIndentPt(firstRun.fontSize) / POINTS_PER_INCH : 0;
    paragraph.lines.forEach((line, index) => {
      const runs = line.filter((run) => run.text !== '');
      const lineTop = y;
      y += paragraph.lineHeightPt / POINTS_PER_INCH;
      if (runs.length === 0) return;
      const sizePt = Math.max(...runs.map((run) => run.fontSize));
      const baseline = lineTop + (paragraph.lineHeightPt - font.descenderEm * sizePt) / POINTS_PER_INCH;
      const bulletSize = firstRun?.fontSize ?? sizePt;
      placed.push({
        top: baseline - (font.ascenderEm * sizePt) / POINTS_PER_INCH,
        baseline,
        left: box.x + inset + indent,
        width: box.w - 2 * inset - indent,
        align: paragraph.align,
        runs,
        sizePt,
        bullet:
          paragraph.bullet && index === 0
            ? { char: BULLET_CHAR, left: box.x + inset, top: baseline - (font.ascenderEm * bulletSize) / POINTS_PER_INCH, sizePt: bulletSize, color: firstRun?.color ?? runs[0]?.color ?? '000000' }
            : null,
      });
    });
  }
  return placed;
}

function paragraphHeightPt(paragraph: TextParagraph): number {
  return paragraph.spaceBeforePt + paragraph.lines.length * paragraph.lineHeightPt;
}
