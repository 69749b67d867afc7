/**
 * Fit text into a box: the largest font size (0.5 pt steps, from max down to min) whose broken lines fit the
 * width (with the safety margin of safety.ts) and the height. When even the minimum size does not fit, keep the
 * lines that do and end the last one with "…", so a slide never overflows and the reader sees the cut.
 */
import { breakPrepared, prepareText, WIDTH_EPSILON_EM, type PreparedText } from './break-lines.js';
import type { FontMetrics } from './font-metrics.js';
import { endWithEllipsis } from './ellipsis.js';
import { candidateSizes } from './font-sizes.js';
import { textWidthEm } from './measure.js';
import { safeWidthPt } from './safety.js';

export interface FitRequest {
  text: string;
  /** Usable width of the box in points, insets already taken off. */
  widthPt: number;
  /** Usable height in points, insets already taken off. */
  heightPt: number;
  maxFontSizePt: number;
  minFontSizePt: number;
  /** Distance between baselines as a multiple of the font size, e.g. 1.25. */
  lineHeight: number;
  bold: boolean;
  maxLines?: number;
}

export interface FitResult {
  fontSizePt: number;
  lines: string[];
  /** lines × fontSizePt × lineHeight. */
  heightPt: number;
  /** Even the minimum size did not fit: the last line ends with … (or no line fits at all). */
  truncated: boolean;
}


export function fitText(metrics: FontMetrics, request: FitRequest): FitResult {
  checkRequest(request);
  const prepared = prepareText(metrics, request.text, request.bold);
  const maxWidthPt = safeWidthPt(request.widthPt);
  for (const size of candidateSizes(request.maxFontSizePt, request.minFontSizePt)) {
    if (!mayFit(prepared, size, maxWidthPt, request)) continue;
    const lines = breakPrepared(prepared, maxWidthPt / size);
    if (fits(prepared, lines, size, maxWidthPt, request)) return { fontSizePt: size, lines, heightPt: lines.length * size * request.lineHeight, truncated: false };
  }
  return truncate(prepared, request, maxWidthPt);
}

function checkRequest(request: FitRequest): void {
  const { widthPt, heightPt, maxFontSizePt, minFontSizePt, lineHeight, maxLines } = request;
  if (!(widthPt > 0) || !(heightPt > 0)) throw new RangeError(`fitText needs a box with positive size (got ${widthPt}×${heightPt} pt)`);
  if (!(minFontSizePt > 0) || !(maxFontSizePt >= minFontSizePt)) throw new RangeError(`fitText needs 0 < min ≤ max font size (got ${minFontSizePt}…${maxFontSizePt} pt)`);
  if (!(lineHeight > 0)) throw new RangeError(`fitText needs a positive line height (got ${lineHeight})`);
  if (maxLines !== undefined && !(maxLines >= 1)) throw new RangeError(`maxLines must be at least 1 (got ${maxLines})`);
}

/**
 * A cheap bound before breaking: each hard line needs at least ceil(its text's width / the line width) lines, so a
 * size whose bound already overflows is skipped. It only skips sizes that cannot fit, so the result is unchanged.
 */
function mayFit(prepared: PreparedText, size: number, maxWidthPt: number, request: FitRequest): boolean {
  const maxEm = maxWidthPt / size;
  let lines = 0;
  for (const segments of prepared.hardLines) {
    let em = 0;
    for (const segment of segments) em += segment.widthEm;
    lines += Math.max(1, Math.ceil(em / maxEm - 1e-9));
  }
  if (request.maxLines !== undefined && lines > request.maxLines) return false;
  return lines * size * request.lineHeight <= request.heightPt * (1 + 1e-9);
}

function fits(prepared: PreparedText, lines: readonly string[], size: number, maxWidthPt: number, request: FitRequest): boolean {
  if (request.maxLines !== undefined && lines.length > request.maxLines) return false;
  if (lines.length * size * request.lineHeight > request.heightPt * (1 + 1e-9)) return false;
  // Only a single character wider than the box can exceed the width; such a size does not fit either.
  return lines.every((line) => lineEm(prepared, line) <= maxWidthPt / size + WIDTH_EPSILON_EM);
}

function truncate(prepared: PreparedText, request: FitRequest, maxWidthPt: number): FitResult {
  const size = request.minFontSizePt;
  const maxEm = maxWidthPt / size;
  const all = breakPrepared(prepared, maxEm);
  const byHeight = Math.floor((request.heightPt * (1 + 1e-9)) / (size * request.lineHeight));
  let keep = Math.min(all.length, byHeight, request.maxLines ?? Infinity);
  const tooWide = all.slice(0, keep).findIndex((line) => lineEm(prepared, line) > maxEm + WIDTH_EPSILON_EM);
  if (tooWide >= 0) keep = tooWide;
  const lines = all.slice(0, keep);
  const last = lines.length - 1;
  if (last >= 0) {
    const ended = endWithEllipsis(prepared, lines[last] ?? '', maxEm);
    if (ended) lines[last] = ended;
    else lines.pop();
  }
  return { fontSizePt: size, lines, heightPt: lines.length * size * request.lineHeight, truncated: true };
}

function lineEm(prepared: PreparedText, line: string): number {
  return textWidthEm(prepared.charEm, line);
}

export { ELLIPSIS } from './ellipsis.js';
