/**
 * A metric's big value as runs on one line — qualifier and unit smaller than the number ("约 | 4000 | 余万元") — and
 * the largest number size at which that line fits a width. Numbers are never shortened with "…": a tile shrinks its
 * number instead (below the style minimum if it must, with a warning).
 */
import type { Box, TextElement, TextRun } from '../../deck/model.js';
import type { FontMetrics } from '../../layout/font-metrics.js';
import { textWidthPt } from '../../layout/measure.js';
import type { MetricData } from '../../template/data.js';
import type { TextStyle } from '../../template/manifest-schema.js';
import { TEXT_INSET } from '../geometry.js';
import { snapSize } from '../text/fit-block.js';

/**
 * Value lines are mostly digits, which differ most between our measuring font and what viewers substitute
 * (layout/safety.ts: a run of digits in DejaVu Sans is 14.6 % wider than in Noto Sans SC), so they get more room.
 */
export const VALUE_WIDTH_SAFETY = 0.82;

/** Below this a number no longer reads from the back of the room; values only go there when nothing else fits. */
export const SMALLEST_VALUE_PT = 12;
/** The absolute floor, for absurd values (a 20-digit figure with a long unit): small, but never cut or overflowing. */
export const LAST_RESORT_VALUE_PT = 6;

export interface ValueStyle {
  readonly value: TextStyle;
  readonly unit: TextStyle;
}

/** Size of the unit run when the number is drawn at `size`: the styles' ratio, kept above the unit's minimum. */
export function unitSizeFor(style: ValueStyle, size: number): number {
  const scaled = snapSize((style.unit.size * size) / style.value.size);
  return Math.min(style.unit.size, Math.max(scaled, Math.min(style.unit.minSize ?? 9, size)));
}

export function valueWidthPt(metrics: FontMetrics, metric: MetricData, style: ValueStyle, size: number): number {
  const unitSize = unitSizeFor(style, size);
  return (
    textWidthPt(metrics, metric.displayPrefix, unitSize, style.unit.bold) +
    textWidthPt(metrics, metric.displayNumber, size, style.value.bold) +
    textWidthPt(metrics, metric.displayUnit, unitSize, style.unit.bold)
  );
}

/** Largest size from `max` down (half points) at which the value fits `widthPt`, going as low as it must. */
export function largestValueSize(metrics: FontMetrics, metric: MetricData, style: ValueStyle, widthPt: number, max: number): number {
  const fits = (size: number): boolean => valueWidthPt(metrics, metric, style, size) <= widthPt * VALUE_WIDTH_SAFETY;
  for (let size = snapSize(max); size >= SMALLEST_VALUE_PT; size -= 0.5) if (fits(size)) return size;
  for (let size = SMALLEST_VALUE_PT - 0.5; size > LAST_RESORT_VALUE_PT; size -= 0.5) if (fits(size)) return size;
  return LAST_RESORT_VALUE_PT;
}

export function valueRuns(metric: MetricData, style: ValueStyle, size: number, colors: { value: string; unit: string }): TextRun[] {
  const unitSize = unitSizeFor(style, size);
  const runs: TextRun[] = [
    { text: metric.displayPrefix, fontSize: unitSize, bold: style.unit.bold, color: colors.unit },
    { text: metric.displayNumber, fontSize: size, bold: style.value.bold, color: colors.value },
    { text: metric.displayUnit, fontSize: unitSize, bold: style.unit.bold, color: colors.unit },
  ];
  return runs.filter((run) => run.text !== '');
}

/** Line pitch of a value line, as a multiple of the number's size. */
export const VALUE_LINE = 1.15;

/** The value as one text box: a single line, already sized, sitting on the box's foot. */
export function valueElement(id: string, area: Box, runs: readonly TextRun[], size: number, align: TextStyle['align']): TextElement {
  return {
    type: 'text',
    id,
    role: 'kpi-value',
    box: area,
    paragraphs: [{ lines: [runs], align, bullet: false, lineHeightPt: Math.round(size * VALUE_LINE * 100) / 100, spaceBeforePt: 0 }],
    valign: 'bottom',
    inset: TEXT_INSET,
  };
}
