/**
 * Breaking a paragraph made of several runs (a bold section title followed by its headline, say) into lines.
 * The layout module breaks plain text; here the runs are joined, broken as one text — measured bold when any run is
 * bold, which is never narrower — and each line is cut back into the runs its characters came from.
 */
import type { HexColor, TextLine, TextRun } from '../../deck/model.js';
import { safeWidthPt } from '../../layout/safety.js';
import type { LineBreaker } from './line-breaker.js';

export interface RunSpec {
  readonly text: string;
  readonly bold: boolean;
  readonly color: HexColor;
}

/** Break `runs` at one font size into lines no wider than `widthPt` (the layout's safety margin applied here). */
export function breakRuns(breaker: LineBreaker, runs: readonly RunSpec[], fontSizePt: number, widthPt: number, balance = false): TextLine[] {
  const text = runs.map((run) => run.text).join('');
  if (text.trim() === '') return [];
  const bold = runs.some((run) => run.bold);
  const safe = safeWidthPt(widthPt);
  const lines = balance ? balanced(breaker, text, bold, fontSizePt, safe) : withoutWidow(breaker, text, bold, fontSizePt, safe);
  return splitIntoRuns(lines, runs, fontSizePt);
}

/**
 * Headings on two or more lines read better with lines of even length ("“两价”指数 / 一涨一降", not
 * "“两价”指数一涨 / 一降"): the narrowest width that still gives the same number of lines, found by bisection.
 */
function balanced(breaker: LineBreaker, text: string, bold: boolean, fontSizePt: number, widthPt: number): string[] {
  const lines = breaker.lines(text, bold, fontSizePt, widthPt);
  if (lines.length < 2) return lines;
  let low = widthPt / lines.length; // too narrow for this many lines
  let high = widthPt;
  for (let step = 0; step < 8; step += 1) {
    const middle = (low + high) / 2;
    if (breaker.lines(text, bold, fontSizePt, middle).length > lines.length) low = middle;
    else high = middle;
  }
  return breaker.lines(text, bold, fontSizePt, high);
}

/** A last line this short reads as a stray ("…党支部整 / 顿"). */
const WIDOW_CHARS = 2;

/**
 * Break so the last line is not a widow: when it would hold one or two characters, break the paragraph a little
 * narrower (up to 15 %) so a few more characters come down, as long as it needs no extra line.
 */
function withoutWidow(breaker: LineBreaker, text: string, bold: boolean, fontSizePt: number, widthPt: number): string[] {
  const lines = breaker.lines(text, bold, fontSizePt, widthPt);
  const isWidow = (candidate: readonly string[]): boolean => candidate.length > 1 && [...(candidate.at(-1) ?? '').trim()].length <= WIDOW_CHARS;
  if (!isWidow(lines)) return lines;
  for (let factor = 0.97; factor >= 0.85; factor -= 0.03) {
    const narrower = breaker.lines(text, bold, fontSizePt, widthPt * factor);
    if (narrower.length > lines.length) break;
    if (!isWidow(narrower)) return narrower;
  }
  return lines;
}

/**
 * Give each character of each line the style of the run it came from. Characters the breaker dropped (spaces at a
 * break) are skipped; characters it added (the "…" of a shortened line) take the style of the character before.
 */
export function splitIntoRuns(lines: readonly string[], runs: readonly RunSpec[], fontSizePt: number): TextLine[] {
  const [only] = runs;
  if (runs.length === 1 && only) return lines.map((text) => [{ text, fontSize: fontSizePt, bold: only.bold, color: only.color }]);
  const owner: number[] = [];
  const source: string[] = [];
  runs.forEach((run, index) => {
    for (const char of run.text) {
      source.push(char);
      owner.push(index);
    }
  });
  let at = 0;
  let last = 0;
  return lines.map((line) => {
    const styled: TextRun[] = [];
    for (const char of line) {
      let probe = at;
      while (probe < source.length && source[probe] !== char && /\s/u.test(source[probe] ?? '')) probe += 1;
      if (source[probe] === char) {
        last = owner[probe] ?? last;
        at = probe + 1;
      }
      appendChar(styled, char, runs[last] ?? runs[0], fontSizePt);
    }
    return styled;
  });
}

function appendChar(line: TextRun[], char: string, run: RunSpec | undefined, fontSize: number): void {
  if (!run) return;
  const previous = line[line.length - 1];
  if (previous && previous.bold === run.bold && previous.color === run.color) line[line.length - 1] = { ...previous, text: previous.text + char };
  else line.push({ text: char, fontSize, bold: run.bold, color: run.color });
}
