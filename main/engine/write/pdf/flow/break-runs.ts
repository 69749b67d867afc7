/**
 * Breaking styled text into lines with the layout module's Chinese rules: its segments (layout/segment-text.ts) keep
 * together what must not be split — a number with its unit, a character with the 。，） after it or the （“ before
 * it — and lines are filled greedily with whole segments. Widths are the embedded font's own advances: unlike a
 * PPTX, whose viewer may substitute a wider face and add space between Chinese and latin (the allowances layout/
 * measures with), the PDF is drawn exactly as measured. A segment wider than a line is cut by the layout module.
 * Then the runs are cut at the same places. Hard breaks (\n) end a line and a paragraph's "last line" alike.
 */
import { breakLines } from '../../../layout/break-lines.js';
import { segmentText } from '../../../layout/segment-text.js';
import type { FlowMeasure } from './flow-text.js';
import { plainOf, type StyledRun } from './styled-run.js';

export interface BrokenLine {
  readonly runs: readonly StyledRun[];
  /** The last line of its paragraph or before a hard break: never stretched to the full width. */
  readonly last: boolean;
}

export function breakRuns(measure: FlowMeasure, runs: readonly StyledRun[], sizePt: number, widthPt: number): BrokenLine[] {
  const plain = plainOf(runs);
  const bold = runs.some((run) => run.bold);
  const width = (text: string): number => measure.width(text, sizePt, bold);
  const out: BrokenLine[] = [];
  let offset = 0;
  for (const hard of plain.split('\n')) {
    const lines = fill(hard, widthPt, width, (segment) => breakLines(measure.metrics, segment, sizePt, Math.max(widthPt, sizePt), bold));
    lines.forEach((line, index) => out.push({ runs: slice(runs, offset + line.start, offset + line.end), last: index === lines.length - 1 }));
    offset += hard.length + 1;
  }
  return out;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Greedy fill by segments; offsets are into `text`, and the spaces at a break belong to no line. */
function fill(text: string, widthPt: number, width: (text: string) => number, cut: (segment: string) => string[]): Span[] {
  const lines: Span[] = [];
  let start = 0;
  let end = 0;
  let used = 0;
  let at = 0;
  for (const segment of segmentText(text)) {
    const segmentWidth = width(segment.text);
    const gap = end > start ? width(text.slice(end, at)) : 0;
    if (end > start && used + gap + segmentWidth > widthPt) {
      lines.push({ start, end });
      start = at;
      used = 0;
    }
    if (segmentWidth > widthPt) {
      // Wider than a whole line (a long URL, a run of digits): the layout module cuts it by character.
      let piece = at;
      for (const part of cut(segment.text).slice(0, -1)) {
        lines.push({ start: piece, end: piece + part.length });
        piece += part.length;
      }
      start = piece;
      used = width(text.slice(piece, at + segment.text.length));
    } else {
      used += (end > start ? gap : 0) + segmentWidth;
    }
    end = at + segment.text.length;
    at = end + segment.trailingSpace.length;
  }
  lines.push({ start, end: Math.max(start, end) });
  return lines;
}

/** The parts of `runs` between two offsets of their joined text. */
function slice(runs: readonly StyledRun[], from: number, to: number): StyledRun[] {
  const out: StyledRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + run.text.length);
    if (end > start) out.push({ ...run, text: run.text.slice(start - offset, end - offset) });
    offset += run.text.length;
  }
  return out;
}
