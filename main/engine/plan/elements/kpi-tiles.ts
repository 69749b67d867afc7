/**
 * A row of KPI tiles: each a filled card with the value large (number and unit on one line), its label under it,
 * and the change (同比 ▲2.93%) at the foot in the pack's positive/negative colour. Tiles of a row share one value
 * size and one label size, so the row reads as a set.
 */
import type { Box, SlideElement, TextElement } from '../../deck/model.js';
import type { MetricData } from '../../template/data.js';
import { box, columns, inches, pt, TEXT_INSET } from '../geometry.js';
import type { PlanContext } from '../plan-context.js';
import { paragraphHeight } from '../text/fit-block.js';
import { textElement, minSizeOf } from '../text/text-element.js';
import { largestValueSize, SMALLEST_VALUE_PT, VALUE_LINE, valueElement, valueRuns, type ValueStyle } from './metric-runs.js';

const STRIPE = 0.06;
const PAD_X = 0.16;
const PAD_Y = 0.1;

export function kpiTiles(ctx: PlanContext, prefix: string, area: Box, metrics: readonly MetricData[]): SlideElement[] {
  if (metrics.length === 0) return [];
  const kpi = ctx.manifest.kpi;
  const cells = columns(area.x, area.w, metrics.length, kpi.gap).map((cell) => box(cell.x, area.y, cell.w, area.h));
  const changeH = metrics.some((metric) => metric.change) ? inches(kpi.change.size * 1.25) + 2 * TEXT_INSET : 0;
  const top = (kpi.accent ? STRIPE : 0) + PAD_Y;
  const innerH = area.h - top - PAD_Y;
  const labelMinH = inches(minSizeOf(kpi.label) * kpi.label.lineHeight) + 2 * TEXT_INSET;
  const size = valueSize(ctx, prefix, metrics, pt((cells[0]?.w ?? 0) - 2 * PAD_X - 2 * TEXT_INSET), pt(innerH - changeH - labelMinH - 2 * TEXT_INSET) / VALUE_LINE);
  const valueH = inches(size * VALUE_LINE) + 2 * TEXT_INSET;
  // Labels are fitted into all the room left, then every tile of the row gets the tallest one's height, and the
  // stack (value, label, change) is centred in the tile so short labels do not leave a hole at the foot.
  const labelRoom = innerH - valueH - changeH;
  const labels = metrics.map((metric, i) => textElement(ctx, { id: `${prefix}/tile-${i + 1}/label`, role: 'kpi-label', box: box(0, 0, (cells[i]?.w ?? 0) - 2 * PAD_X, labelRoom), style: kpi.label, paragraphs: [metric.label] }));
  const labelH = Math.max(labelMinH, ...labels.map((label) => (label ? inches(contentHeightPt(label)) + 2 * TEXT_INSET : 0)));
  const offset = Math.max(0, (innerH - valueH - labelH - changeH) / 2);
  const layout: TileLayout = { size, valueH, labelH, changeH, top: top + offset };
  return metrics.flatMap((metric, i) => tile(ctx, `${prefix}/tile-${i + 1}`, cells[i] as Box, metric, labels[i], layout));
}

/** One value size for the whole row: the largest at which every tile's number and unit fit on one line. */
function valueSize(ctx: PlanContext, prefix: string, metrics: readonly MetricData[], widthPt: number, roomPt: number): number {
  const kpi = ctx.manifest.kpi;
  const style: ValueStyle = { value: kpi.value, unit: kpi.unit };
  const max = Math.max(SMALLEST_VALUE_PT, Math.min(kpi.value.size, roomPt));
  const size = Math.min(...metrics.map((metric) => largestValueSize(ctx.metrics, metric, style, widthPt, max)));
  if (size < Math.min(minSizeOf(kpi.value), max)) ctx.warn(`${prefix}: a KPI value is drawn at ${size} pt, below the pack's minimum, to fit its tile`);
  return size;
}

const contentHeightPt = (element: TextElement): number => element.paragraphs.reduce((sum, paragraph) => sum + paragraphHeight(paragraph), 0);

interface TileLayout {
  readonly size: number;
  readonly valueH: number;
  readonly labelH: number;
  readonly changeH: number;
  /** From the tile's top edge to the value's box. */
  readonly top: number;
}

function tile(ctx: PlanContext, id: string, cell: Box, metric: MetricData, label: TextElement | undefined, layout: TileLayout): SlideElement[] {
  const kpi = ctx.manifest.kpi;
  const inner = { x: cell.x + PAD_X, w: cell.w - 2 * PAD_X };
  const elements: SlideElement[] = [
    { type: 'shape', id, shape: kpi.radius > 0 ? 'roundRect' : 'rect', box: cell, fill: ctx.color(kpi.fill), ...(kpi.border ? { line: { color: ctx.color(kpi.border), widthPt: 0.75 } } : {}), ...(kpi.radius > 0 ? { radius: kpi.radius } : {}) },
  ];
  if (kpi.accent) elements.push({ type: 'shape', id: `${id}/accent`, shape: 'rect', box: box(cell.x, cell.y, cell.w, STRIPE), fill: ctx.color(kpi.accent) });
  const valueBox = box(inner.x, cell.y + layout.top, inner.w, layout.valueH);
  const runs = valueRuns(metric, { value: kpi.value, unit: kpi.unit }, layout.size, { value: ctx.color(kpi.value.color), unit: ctx.color(kpi.unit.color) });
  elements.push(valueElement(`${id}/value`, valueBox, runs, layout.size, kpi.value.align));
  const labelY = valueBox.y + layout.valueH;
  if (label) elements.push({ ...label, box: box(inner.x, labelY, inner.w, layout.labelH) });
  if (metric.change) {
    const color = ctx.color(metric.change.direction === 'up' ? 'positive' : metric.change.direction === 'down' ? 'negative' : 'neutral');
    const change = textElement(ctx, { id: `${id}/change`, role: 'kpi-change', box: box(inner.x, labelY + layout.labelH, inner.w, layout.changeH), style: { ...kpi.change, color }, paragraphs: [metric.change.text] });
    if (change) elements.push(change);
  }
  return elements;
}
