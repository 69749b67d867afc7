/**
 * Text laid out by Huibao, drawn by pdfmake: each line is its own node whose runs may not wrap, so pdfmake places
 * lines and pages but never breaks a line itself. Two reasons: Chinese line-breaking rules (the segments of layout/,
 * as on the slides), and speed — pdfmake treats every breakable character of Chinese text as a word and measures, styles and
 * draws each one separately, which made a page cost several times more.
 *
 * Justified lines are stretched with letter spacing, the way Chinese typesetting justifies; a paragraph's last line
 * stays as it is.
 */
import type { Content, ContentText } from 'pdfmake/interfaces.js';
import type { FontMetrics } from '../../../layout/font-metrics.js';
import { breakRuns, type BrokenLine } from './break-runs.js';
import { plainOf, type StyledRun } from './styled-run.js';

export interface FlowStyle {
  readonly fontSize: number;
  readonly bold?: boolean;
  readonly align: 'left' | 'center' | 'right' | 'justify';
}

export interface FlowMeasure {
  readonly metrics: FontMetrics;
  /** Advance width of text in points, as pdfkit will draw it. */
  width(text: string, sizePt: number, bold: boolean): number;
}

/** Stretch no line by more than this many em per gap: a line that short is a list of names, not prose. */
const MAX_STRETCH_EM = 0.25;
/** Lines are broken this much narrower than the room, so rounding never pushes a run onto a line of its own. */
const ROOM = 0.998;

export function flowLines(runs: readonly StyledRun[], style: FlowStyle, widthPt: number, measure: FlowMeasure): Content[] {
  const bolded = style.bold ? runs.map((run) => ({ ...run, bold: true })) : runs;
  return breakRuns(measure, bolded, style.fontSize, widthPt * ROOM).map((line) => lineNode(line, style, widthPt, measure));
}

function lineNode(line: BrokenLine, style: FlowStyle, widthPt: number, measure: FlowMeasure): ContentText {
  const alignment = style.align === 'justify' ? 'left' : style.align;
  const spacing = style.align === 'justify' && !line.last ? letterSpacing(line.runs, style.fontSize, widthPt, measure) : 0;
  const text = spacing > 0 ? line.runs.flatMap((run) => spaced(run, spacing)) : line.runs.map((run) => inline(run));
  return { text: text.length > 0 ? text : ' ', alignment, noWrap: true };
}

/** Chinese characters and punctuation take the extra space; digits and latin keep theirs ("2014-2018" stays tight). */
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F]+/gu;

function spaced(run: StyledRun, spacing: number): ContentText[] {
  const out: ContentText[] = [];
  let at = 0;
  for (const match of run.text.matchAll(WIDE)) {
    if (match.index > at) out.push(inline({ ...run, text: run.text.slice(at, match.index) }));
    out.push({ ...inline({ ...run, text: match[0] }), characterSpacing: spacing });
    at = match.index + match[0].length;
  }
  if (at < run.text.length) out.push(inline({ ...run, text: run.text.slice(at) }));
  return out;
}

function inline(run: StyledRun): ContentText {
  return {
    text: run.text,
    noWrap: true,
    ...(run.bold ? { bold: true } : {}),
    ...(run.color ? { color: run.color } : {}),
    ...(run.background ? { background: run.background } : {}),
    ...(run.decoration ? { decoration: run.decoration } : {}),
    ...(run.link ? { link: run.link } : {}),
  };
}

/** Spacing after each Chinese character so the line ends within a hair of the right edge (pdfkit adds it after the last too). */
function letterSpacing(runs: readonly StyledRun[], sizePt: number, widthPt: number, measure: FlowMeasure): number {
  const chars = [...plainOf(runs).matchAll(WIDE)].reduce((sum, match) => sum + [...match[0]].length, 0);
  if (chars < 2) return 0;
  const used = runs.reduce((sum, run) => sum + measure.width(run.text, sizePt, run.bold), 0);
  const spacing = (widthPt - used) / chars;
  return spacing > 0 && spacing <= MAX_STRETCH_EM * sizePt ? spacing : 0;
}

/**
 * The width runs need to stay on one line, measured as the line breaker measures, for sizing table columns to their
 * content: a column this wide never breaks its cells.
 */
export function runsWidth(runs: readonly StyledRun[], style: Pick<FlowStyle, 'fontSize' | 'bold'>, measure: FlowMeasure): number {
  const bold = Boolean(style.bold) || runs.some((run) => run.bold);
  return measure.width(plainOf(runs), style.fontSize, bold) / ROOM;
}
