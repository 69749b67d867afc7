/**
 * Greedy Chinese line breaking with real advances: fill each line with whole segments (see segment-text.ts), and
 * break a segment by character only when it is wider than a whole line. Text is measured once in em, so fitting
 * can try many font sizes without measuring again (prepareText + breakPrepared).
 */
import type { FontMetrics } from './font-metrics.js';
import { firstChar, lastChar, mayNotEndLine, mayNotStartLine } from './line-break-rules.js';
import { layoutAdvance, textWidthEm } from './measure.js';
import { autospaceEm } from './safety.js';
import { isBreakSpace, segmentText } from './segment-text.js';

/** Rounding slack when summing advances: a line this much wider still counts as fitting. */
export const WIDTH_EPSILON_EM = 1e-9;

interface MeasuredSegment {
  readonly text: string;
  readonly widthEm: number;
  readonly trailingSpace: string;
  readonly trailingSpaceEm: number;
}

/** Text measured in em and cut at hard breaks (\n, \r\n, \r, U+2028, U+2029). */
export interface PreparedText {
  readonly hardLines: readonly (readonly MeasuredSegment[])[];
  readonly charEm: (char: string) => number;
}

export function prepareText(metrics: FontMetrics, text: string, bold: boolean): PreparedText {
  const charEm = layoutAdvance(metrics, bold);
  const widthEm = (part: string): number => textWidthEm(charEm, part);
  const hardLines = text.split(/\r\n|[\n\r\u2028\u2029]/).map((line) =>
    segmentText(line).map((segment) => ({ ...segment, widthEm: widthEm(segment.text), trailingSpaceEm: widthEm(segment.trailingSpace) })),
  );
  return { hardLines, charEm };
}

export function breakLines(metrics: FontMetrics, text: string, fontSizePt: number, maxWidthPt: number, bold: boolean): string[] {
  if (!(fontSizePt > 0) || !(maxWidthPt > 0)) throw new RangeError(`breakLines needs a positive size and width (got ${fontSizePt}pt, ${maxWidthPt}pt)`);
  return breakPrepared(prepareText(metrics, text, bold), maxWidthPt / fontSizePt);
}

/** Break prepared text into lines no wider than `maxWidthEm` (unless one character alone is wider). */
export function breakPrepared(prepared: PreparedText, maxWidthEm: number): string[] {
  return prepared.hardLines.flatMap((segments) => fillLines(segments, maxWidthEm, prepared.charEm));
}

function fillLines(segments: readonly MeasuredSegment[], maxEm: number, charEm: (char: string) => number): string[] {
  const lines: string[] = [];
  let text = '';
  let widthEm = 0;
  let space = '';
  let spaceEm = 0;
  for (const segment of segments) {
    const joinEm = text && !space ? autospaceEm(lastChar(text), firstChar(segment.text)) : 0;
    if (text && widthEm + spaceEm + joinEm + segment.widthEm <= maxEm + WIDTH_EPSILON_EM) {
      text += space + segment.text;
      widthEm += spaceEm + joinEm + segment.widthEm;
    } else {
      if (text) lines.push(text);
      const pieces = segment.widthEm <= maxEm + WIDTH_EPSILON_EM ? [segment.text] : breakByCharacter(segment.text, maxEm, charEm);
      lines.push(...pieces.slice(0, -1));
      text = pieces[pieces.length - 1] ?? '';
      widthEm = pieces.length === 1 ? segment.widthEm : textWidthEm(charEm, text);
    }
    space = segment.trailingSpace;
    spaceEm = segment.trailingSpaceEm;
  }
  lines.push(text);
  return lines;
}

/**
 * A segment wider than a line (a long URL, a run of 。。。, words glued to the mark after them): fill by character,
 * still avoiding 禁则 where it can. Spaces inside the segment vanish where a line breaks, as between segments.
 */
function breakByCharacter(text: string, maxEm: number, charEm: (char: string) => number): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    if (pieces.length > 0 && isBreakSpace(chars[start] ?? '')) {
      start++;
      continue;
    }
    let end = start + 1;
    let widthEm = charEm(chars[start] ?? '');
    while (end < chars.length) {
      const next = chars[end] ?? '';
      const nextEm = charEm(next) + autospaceEm(chars[end - 1] ?? '', next);
      if (widthEm + nextEm > maxEm + WIDTH_EPSILON_EM) break;
      widthEm += nextEm;
      end++;
    }
    end = respectRules(chars, start, end);
    let last = end;
    while (last > start + 1 && isBreakSpace(chars[last - 1] ?? '')) last--;
    pieces.push(chars.slice(start, last).join(''));
    start = end;
  }
  return pieces;
}

/**
 * Move a forced break earlier while it would start a line with 。 or end one with （; keep it if no earlier point
 * helps. Spaces at the break do not count: the lines end and start with the marks beside them.
 */
function respectRules(chars: readonly string[], start: number, end: number): number {
  if (end >= chars.length) return end;
  for (let cut = end; cut > start + 1; cut--) {
    let before = cut - 1;
    while (before > start && isBreakSpace(chars[before] ?? '')) before--;
    let after = cut;
    while (after < chars.length && isBreakSpace(chars[after] ?? '')) after++;
    if (after >= chars.length) return cut;
    if (!mayNotStartLine(chars[after] ?? '') && !mayNotEndLine(chars[before] ?? '')) return cut;
  }
  return end;
}
