/**
 * Breaking styled text into lines with the layout module's Chinese rules (no 。，） at a line start, no （“ at an
 * end, numbers kept with their units): the plain text is broken, then the runs are cut at the same places.
 * Hard breaks (\n) end a line and a paragraph's "last line" alike, which matters for justification.
 */
import { breakLines } from '../../../layout/break-lines.js';
import type { FontMetrics } from '../../../layout/font-metrics.js';
import { plainOf, type StyledRun } from './styled-run.js';

export interface BrokenLine {
  readonly runs: readonly StyledRun[];
  /** The last line of its paragraph or before a hard break: never stretched to the full width. */
  readonly last: boolean;
}

export function breakRuns(metrics: FontMetrics, runs: readonly StyledRun[], sizePt: number, widthPt: number): BrokenLine[] {
  const plain = plainOf(runs);
  const bold = runs.some((run) => run.bold);
  const out: BrokenLine[] = [];
  let cursor = 0;
  for (const hard of plain.split('\n')) {
    const lines = hard.trim() === '' ? [''] : breakLines(metrics, hard, sizePt, Math.max(widthPt, sizePt), bold);
    let at = cursor;
    lines.forEach((line, index) => {
      const start = line === '' ? at : plain.indexOf(line, at);
      const from = start < 0 ? at : start;
      out.push({ runs: slice(runs, from, from + line.length), last: index === lines.length - 1 });
      at = from + line.length;
    });
    cursor += hard.length + 1;
  }
  return out;
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
