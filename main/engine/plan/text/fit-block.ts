/**
 * Fitting several paragraphs into one height at a common scale: a list of section bullets, a card's lines. Every
 * paragraph keeps its own style's proportions and all shrink together (so a block never mixes a huge first bullet
 * with tiny later ones), down to the first style minimum reached. `fits` says whether the block fitted; when it did
 * not, the caller splits it onto a continuation slide or shortens it with `forceFit`.
 */
import type { TextLine, TextParagraph } from '../../deck/model.js';
import { bulletIndentPt } from '../../layout/bullets.js';
import type { FontMetrics } from '../../layout/font-metrics.js';
import { fitText } from '../../layout/fit-text.js';
import type { LineBreaker } from './line-breaker.js';
import { breakRuns, splitIntoRuns, type RunSpec } from './rich-lines.js';

export interface ParagraphSpec {
  readonly runs: readonly RunSpec[];
  /** Largest size (scale 1) and smallest allowed size, in points. */
  readonly size: number;
  readonly minSize: number;
  readonly lineHeight: number;
  readonly align: 'left' | 'center' | 'right';
  readonly bullet: boolean;
  readonly maxLines?: number;
  /** Space above the paragraph at scale 1 (ignored for the first paragraph of a block). */
  readonly spaceBeforePt: number;
  /** Even out the lines of a heading that wraps, rather than filling the first ones. */
  readonly balance?: boolean;
}

export interface FittedBlock {
  readonly paragraphs: TextParagraph[];
  readonly heightPt: number;
  readonly scale: number;
  readonly fits: boolean;
}

const SIZE_STEP = 0.5;

/** Sizes snap to half points, as PowerPoint shows them. */
export const snapSize = (size: number): number => Math.max(SIZE_STEP, Math.floor(size / SIZE_STEP + 1e-9) * SIZE_STEP);

/** The text tools fitting needs: memoised line breaking, and the raw metrics for shortening with "…". */
export interface TextTools {
  readonly metrics: FontMetrics;
  readonly breaker: LineBreaker;
}

export function fitBlock(tools: TextTools, specs: readonly ParagraphSpec[], widthPt: number, heightPt: number): FittedBlock {
  const minScale = Math.max(0, ...specs.map((spec) => spec.minSize / spec.size));
  const layouts = new Map<number, FittedBlock>();
  const at = (scale: number): FittedBlock => {
    let block = layouts.get(scale);
    if (!block) layouts.set(scale, (block = layoutAt(tools, specs, widthPt, scale)));
    return block;
  };
  const steps = scaleSteps(minScale);
  const scale = largestFitting(steps, (candidate) => at(candidate).fits && at(candidate).heightPt <= heightPt + 1e-6);
  if (scale !== undefined) return at(scale);
  return { ...at(steps[steps.length - 1] ?? 1), fits: false };
}

/**
 * The first of `steps` (largest first) for which `fits` holds, found by bisection: text only gets shorter as it
 * shrinks, so fitting is monotonic in practice, and the answer is checked whatever the search assumed.
 */
export function largestFitting(steps: readonly number[], fits: (step: number) => boolean): number | undefined {
  const [first] = steps;
  if (first === undefined) return undefined;
  if (fits(first)) return first;
  let low = 0; // does not fit
  let high = steps.length - 1;
  if (!fits(steps[high] as number)) return undefined;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (fits(steps[middle] as number)) high = middle;
    else low = middle;
  }
  return steps[high];
}

/** Scales from 1 down to the minimum in 2.5 % steps, the minimum itself last. */
export function scaleSteps(minScale: number): number[] {
  const out: number[] = [];
  for (let s = 1; s > minScale + 1e-9; s -= 0.025) out.push(s);
  out.push(Math.min(1, minScale));
  return out;
}

/** Lay every paragraph out at `scale`; `fits` is false when one exceeds its maxLines. */
export function layoutAt(tools: TextTools, specs: readonly ParagraphSpec[], widthPt: number, scale: number): FittedBlock {
  let height = 0;
  let fits = true;
  const paragraphs = specs.map((spec, index) => {
    const size = sizeAt(spec, scale);
    const lines = breakRuns(tools.breaker, spec.runs, size, paragraphWidth(spec, size, widthPt), spec.balance);
    if (spec.maxLines !== undefined && lines.length > spec.maxLines) fits = false;
    const paragraph = toParagraph(spec, lines, size, index === 0 ? 0 : spec.spaceBeforePt * scale);
    height += paragraphHeight(paragraph);
    return paragraph;
  });
  return { paragraphs, heightPt: height, scale, fits };
}

export const sizeAt = (spec: ParagraphSpec, scale: number): number => Math.max(spec.minSize, snapSize(spec.size * scale));

export const paragraphWidth = (spec: Pick<ParagraphSpec, 'bullet'>, size: number, widthPt: number): number => (spec.bullet ? widthPt - bulletIndentPt(size) : widthPt);

export function paragraphHeight(paragraph: TextParagraph): number {
  return paragraph.spaceBeforePt + paragraph.lines.length * paragraph.lineHeightPt;
}

function toParagraph(spec: ParagraphSpec, lines: TextLine[], size: number, spaceBeforePt: number): TextParagraph {
  return { lines, align: spec.align, bullet: spec.bullet, lineHeightPt: roundPt(size * spec.lineHeight), spaceBeforePt: roundPt(spaceBeforePt) };
}

const roundPt = (value: number): number => Math.round(value * 100) / 100;

/**
 * The block at its smallest scale, each paragraph cut to its maxLines and the whole to `heightPt`, the last kept
 * line ending with "…" — the last resort when the text cannot move to another slide.
 */
export function forceFit(tools: TextTools, specs: readonly ParagraphSpec[], widthPt: number, heightPt: number): FittedBlock & { truncated: boolean } {
  const fitted = fitBlock(tools, specs, widthPt, heightPt);
  if (fitted.fits) return { ...fitted, truncated: false };
  let room = heightPt;
  const paragraphs: TextParagraph[] = [];
  specs.forEach((spec, index) => {
    const size = sizeAt(spec, fitted.scale);
    const lineHeight = size * spec.lineHeight;
    const spaceBefore = index === 0 ? 0 : spec.spaceBeforePt * fitted.scale;
    const maxLines = Math.min(spec.maxLines ?? Infinity, Math.floor((room - spaceBefore + 1e-6) / lineHeight));
    if (maxLines < 1) return;
    const text = spec.runs.map((run) => run.text).join('');
    const cut = fitText(tools.metrics, { text, widthPt: paragraphWidth(spec, size, widthPt), heightPt: maxLines * lineHeight, maxFontSizePt: size, minFontSizePt: size, lineHeight: spec.lineHeight, bold: spec.runs.some((r) => r.bold), maxLines });
    const paragraph = toParagraph(spec, splitIntoRuns(cut.lines, spec.runs, size), size, spaceBefore);
    room -= paragraphHeight(paragraph);
    paragraphs.push(paragraph);
  });
  return { paragraphs, heightPt: heightPt - room, scale: fitted.scale, fits: true, truncated: true };
}
