/**
 * Fit several paragraphs (a bullet list, a body text) into one box at one shared font size, the way a slide shows
 * them: bullet paragraphs break at the width left after the hanging indent (bullets.ts), and each paragraph after
 * the first starts `paragraphSpacing` font sizes lower. The first paragraph gets no space before: PowerPoint and
 * LibreOffice disagree on whether space before applies at the top of a box, so the planner must not rely on it.
 */
import { breakPrepared, prepareText, WIDTH_EPSILON_EM, type PreparedText } from './break-lines.js';
import { bulletIndentPt } from './bullets.js';
import { endWithEllipsis } from './ellipsis.js';
import { candidateSizes } from './font-sizes.js';
import type { FontMetrics } from './font-metrics.js';
import { textWidthEm } from './measure.js';
import { safeWidthPt } from './safety.js';

export interface ParagraphsFitRequest {
  readonly paragraphs: readonly { readonly text: string; readonly bullet: boolean }[];
  /** Usable width and height of the box in points, insets already taken off. */
  readonly widthPt: number;
  readonly heightPt: number;
  readonly maxFontSizePt: number;
  readonly minFontSizePt: number;
  /** Distance between baselines as a multiple of the font size. */
  readonly lineHeight: number;
  /** Space before every paragraph but the first, as a multiple of the font size. */
  readonly paragraphSpacing: number;
  readonly bold: boolean;
}

export interface FittedParagraph {
  readonly lines: string[];
  readonly bullet: boolean;
  /** Points: 0 for the first paragraph, paragraphSpacing × size for the others. */
  readonly spaceBeforePt: number;
}

export interface ParagraphsFitResult {
  readonly fontSizePt: number;
  readonly paragraphs: FittedParagraph[];
  readonly lineHeightPt: number;
  readonly heightPt: number;
  /** Even the minimum size did not fit: paragraphs that did not fit are left out and the last shown ends with …. */
  readonly truncated: boolean;
}

export function fitParagraphs(metrics: FontMetrics, request: ParagraphsFitRequest): ParagraphsFitResult {
  checkRequest(request);
  const prepared = request.paragraphs.map((paragraph) => ({ bullet: paragraph.bullet, text: prepareText(metrics, paragraph.text, request.bold) }));
  for (const size of candidateSizes(request.maxFontSizePt, request.minFontSizePt)) {
    const laid = layOut(prepared, size, request);
    if (heightOf(laid, size, request) <= request.heightPt * (1 + 1e-9) && allLinesFit(prepared, laid, size, request)) return result(laid, size, request, false);
  }
  return truncate(prepared, request);
}

function checkRequest(request: ParagraphsFitRequest): void {
  const { widthPt, heightPt, maxFontSizePt, minFontSizePt, lineHeight, paragraphSpacing } = request;
  if (!(widthPt > 0) || !(heightPt > 0)) throw new RangeError(`fitParagraphs needs a box with positive size (got ${widthPt}×${heightPt} pt)`);
  if (!(minFontSizePt > 0) || !(maxFontSizePt >= minFontSizePt)) throw new RangeError(`fitParagraphs needs 0 < min ≤ max font size (got ${minFontSizePt}…${maxFontSizePt} pt)`);
  if (!(lineHeight > 0) || !(paragraphSpacing >= 0)) throw new RangeError('fitParagraphs needs a positive line height and a non-negative paragraph spacing');
}

interface Prepared {
  readonly bullet: boolean;
  readonly text: PreparedText;
}

function lineWidthPt(paragraph: Prepared, size: number, request: ParagraphsFitRequest): number {
  return safeWidthPt(request.widthPt - (paragraph.bullet ? bulletIndentPt(size) : 0));
}

function layOut(prepared: readonly Prepared[], size: number, request: ParagraphsFitRequest): { bullet: boolean; lines: string[] }[] {
  return prepared.map((paragraph) => {
    const widthPt = lineWidthPt(paragraph, size, request);
    return { bullet: paragraph.bullet, lines: widthPt > 0 ? breakPrepared(paragraph.text, widthPt / size) : [] };
  });
}

/** Only a single character wider than the line can break the width; such a size does not fit either. */
function allLinesFit(prepared: readonly Prepared[], laid: readonly { lines: readonly string[] }[], size: number, request: ParagraphsFitRequest): boolean {
  return laid.every((paragraph, index) => {
    const source = prepared[index];
    return source !== undefined && paragraph.lines.every((line) => lineFits(source, line, size, request));
  });
}

function lineFits(paragraph: Prepared, line: string, size: number, request: ParagraphsFitRequest): boolean {
  return textWidthEm(paragraph.text.charEm, line) <= lineWidthPt(paragraph, size, request) / size + WIDTH_EPSILON_EM;
}

function heightOf(laid: readonly { lines: readonly string[] }[], size: number, request: ParagraphsFitRequest): number {
  // A paragraph that cannot hold a single character (a bullet indent wider than the box) never fits.
  if (laid.some((paragraph) => paragraph.lines.length === 0)) return Infinity;
  const lines = laid.reduce((sum, paragraph) => sum + paragraph.lines.length, 0);
  return lines * size * request.lineHeight + Math.max(0, laid.length - 1) * size * request.paragraphSpacing;
}

function result(laid: readonly { bullet: boolean; lines: string[] }[], size: number, request: ParagraphsFitRequest, truncated: boolean): ParagraphsFitResult {
  const paragraphs = laid.map((paragraph, index) => ({ ...paragraph, spaceBeforePt: index === 0 ? 0 : size * request.paragraphSpacing }));
  const heightPt = paragraphs.length === 0 ? 0 : heightOf(laid, size, request);
  return { fontSizePt: size, paragraphs, lineHeightPt: size * request.lineHeight, heightPt, truncated };
}

/** At the minimum size: keep whole lines from the top while they fit, and end the last kept line with …. */
function truncate(prepared: readonly Prepared[], request: ParagraphsFitRequest): ParagraphsFitResult {
  const size = request.minFontSizePt;
  const laid = layOut(prepared, size, request);
  const kept: { bullet: boolean; lines: string[] }[] = [];
  let used = 0;
  for (const [index, paragraph] of laid.entries()) {
    const before = index === 0 ? 0 : size * request.paragraphSpacing;
    const room = Math.floor((request.heightPt * (1 + 1e-9) - used - before) / (size * request.lineHeight));
    if (room < 1) break;
    const source = prepared[index];
    const shown = paragraph.lines.slice(0, room);
    const tooWide = shown.findIndex((line) => source === undefined || !lineFits(source, line, size, request));
    const lines = tooWide < 0 ? shown : shown.slice(0, tooWide);
    if (lines.length === 0) break;
    kept.push({ bullet: paragraph.bullet, lines });
    used += before + lines.length * size * request.lineHeight;
    if (lines.length < paragraph.lines.length) break;
  }
  const last = kept[kept.length - 1];
  const lastPrepared = prepared[kept.length - 1];
  if (last && lastPrepared) {
    const maxEm = lineWidthPt(lastPrepared, size, request) / size;
    const ended = endWithEllipsis(lastPrepared.text, last.lines[last.lines.length - 1] ?? '', maxEm);
    if (ended !== undefined) last.lines[last.lines.length - 1] = ended;
    else last.lines.pop();
    if (last.lines.length === 0) kept.pop();
  }
  return result(kept, size, request, true);
}
