/**
 * A slide's speaker notes beside or below it on the handout: a small heading ("幻灯片 3 · 备注") and the notes text,
 * fitted into the box with the layout module (largest size from 9.5 pt down to 6.5 pt; if even that is too long the
 * last line ends with "…"). Lines are placed one by one, like slide text, so pdfmake never re-wraps them.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { fitText } from '../../../layout/fit-text.js';
import type { PageBox } from './frame.js';
import type { TextMetrics } from '../text-metrics.js';

export interface NotesStyle {
  readonly text: string;
  readonly muted: string;
  readonly rule: string;
}

const HEADING_PT = 8;
const MAX_PT = 9.5;
const MIN_PT = 6.5;
const LINE_HEIGHT = 1.4;

export function drawNotes(slideNumber: number, notes: string, box: PageBox, metrics: TextMetrics, style: NotesStyle): Content[] {
  const headingH = HEADING_PT * 1.8;
  const pad = 8;
  const out: Content[] = [
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 0, y2: box.h, lineColor: style.rule, lineWidth: 1.2 }], absolutePosition: { x: box.x, y: box.y } },
    line(`幻灯片 ${slideNumber} · 备注`, box.x + pad, box.y, HEADING_PT, style.muted, true, metrics),
  ];
  const text = notes.trim() === '' ? '（本页无备注）' : notes.trim();
  const area = { w: box.w - pad, h: box.h - headingH };
  if (area.w <= MIN_PT || area.h < MIN_PT * LINE_HEIGHT) return out;
  const fit = fitText(metrics.metrics, { text, widthPt: area.w, heightPt: area.h, maxFontSizePt: MAX_PT, minFontSizePt: MIN_PT, lineHeight: LINE_HEIGHT, bold: false });
  const color = notes.trim() === '' ? style.muted : style.text;
  fit.lines.forEach((text, i) => out.push(line(text, box.x + pad, box.y + headingH + i * fit.fontSizePt * LINE_HEIGHT, fit.fontSizePt, color, false, metrics)));
  return out;
}

function line(text: string, x: number, top: number, size: number, color: string, bold: boolean, metrics: TextMetrics): Content {
  // Centre the font's (tall) ascender-to-descender box in the line pitch the fitting assumed.
  const shift = (size * LINE_HEIGHT - size * (metrics.ascenderEm + metrics.descenderEm)) / 2;
  return { text: [{ text, fontSize: size, bold, color, noWrap: true }], absolutePosition: { x, y: top + shift }, lineHeight: 1, preserveLeadingSpaces: true };
}
