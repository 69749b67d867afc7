/**
 * A ChartElement as simple vector parts, laid out like the PDF handout's chart (which mirrors the PPTX's native
 * chart): title, value grid from the same axis rule, bars in the series colours with their values, category labels,
 * the unit and a legend for several series. Pure (inches in, parts out); preview/draw-chart.ts turns parts into SVG.
 * Label widths are estimated (ideographs 1 em, narrow characters less): the preview only needs them for room.
 */
import type { ChartElement } from '../../../main/engine/deck/model.js';
import { chartNumber, valueScale, type ValueScale } from '../../../main/engine/deck/chart-scale.js';
import { POINTS_PER_INCH } from './text-layout.js';

export interface ChartRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly color: string;
}
export interface ChartLine {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly color: string;
}
export interface ChartLabel {
  readonly text: string;
  /** Anchor point: x per `align`, y is the label's vertical middle. */
  readonly x: number;
  readonly y: number;
  readonly align: 'left' | 'center' | 'right';
  /** Inches. */
  readonly size: number;
  readonly bold: boolean;
}
export interface ChartParts {
  readonly rects: readonly ChartRect[];
  readonly lines: readonly ChartLine[];
  readonly labels: readonly ChartLabel[];
  readonly textColor: string;
}

const GRID = 'D9D9D9';
const AXIS = 'A6A6A6';
const FALLBACK_COLORS = ['2F5597', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', 'A5A5A5'];
const GAP = 0.6;

interface Area {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface Ctx {
  readonly element: ChartElement;
  readonly size: number;
  readonly scale: ValueScale;
  readonly integers: boolean;
  readonly rects: ChartRect[];
  readonly lines: ChartLine[];
  readonly labels: ChartLabel[];
}

/** Estimated advance of `text` in em: wide for CJK and full-width forms, narrow for digits and latin. */
export function estimateWidthEm(text: string): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    em += code >= 0x2e80 ? 1 : /[\d.,]/.test(char) ? 0.55 : 0.6;
  }
  return em;
}

export function layoutChart(element: ChartElement): ChartParts {
  const values = element.series.flatMap((series) => series.values);
  const ctx: Ctx = { element, size: element.fontSize / POINTS_PER_INCH, scale: valueScale(values), integers: values.every(Number.isInteger), rects: [], lines: [], labels: [] };
  const parts = (): ChartParts => ({ rects: ctx.rects, lines: ctx.lines, labels: ctx.labels, textColor: element.textColor });
  if (element.categories.length === 0 || values.length === 0) return parts();
  const { box } = element;
  const size = ctx.size;
  const pad = size * 0.4;
  const titleH = element.title ? size * 2.1 : 0;
  const legendH = element.series.length > 1 ? size * 1.8 : 0;
  const area: Area = { x: box.x + pad, y: box.y + pad + titleH, w: box.w - 2 * pad, h: box.h - 2 * pad - titleH - legendH };
  if (element.title) ctx.labels.push({ text: element.title, x: box.x + box.w / 2, y: box.y + pad + size * 0.6, align: 'center', size: size + 2 / POINTS_PER_INCH, bold: true });
  if (element.chart === 'bar') horizontalBars(ctx, area);
  else columns(ctx, area);
  if (legendH > 0) legend(ctx, box.x + box.w / 2, area.y + area.h + size * 1.1);
  return parts();
}

function columns(ctx: Ctx, area: Area): void {
  const { element, size, scale } = ctx;
  const ticks = scale.ticks.map((tick) => chartNumber(tick, ctx.integers));
  const axisW = Math.max(...ticks.map((text) => estimateWidthEm(text) * size)) + size * 0.5;
  const unitH = element.unit ? size * 1.5 : 0;
  const plot: Area = { x: area.x + axisW, y: area.y + unitH + size * 0.6, w: area.w - axisW, h: area.h - unitH - size * 2.1 };
  const yOf = (value: number): number => plot.y + plot.h - ((value - scale.min) / (scale.max - scale.min)) * plot.h;
  scale.ticks.forEach((tick, i) => {
    ctx.lines.push({ x1: plot.x, y1: yOf(tick), x2: plot.x + plot.w, y2: yOf(tick), color: GRID });
    ctx.labels.push({ text: ticks[i] ?? '', x: plot.x - size * 0.4, y: yOf(tick), align: 'right', size, bold: false });
  });
  if (element.unit) ctx.labels.push({ text: element.unit, x: area.x, y: area.y + size * 0.5, align: 'left', size, bold: false });
  const band = plot.w / element.categories.length;
  const barW = band / (element.series.length + GAP);
  element.categories.forEach((category, c) => {
    element.series.forEach((series, s) => {
      const value = series.values[c] ?? 0;
      const x = plot.x + c * band + (GAP / 2) * barW + s * barW;
      const top = Math.min(yOf(value), yOf(0));
      const h = Math.abs(yOf(value) - yOf(0));
      ctx.rects.push({ x, y: top, w: barW, h, color: barColor(element, s, c) });
      ctx.labels.push({ text: chartNumber(value, ctx.integers), x: x + barW / 2, y: value >= 0 ? top - size * 0.7 : top + h + size * 0.7, align: 'center', size, bold: false });
    });
    ctx.labels.push({ text: category, x: plot.x + (c + 0.5) * band, y: plot.y + plot.h + size * 0.95, align: 'center', size, bold: false });
  });
  ctx.lines.push({ x1: plot.x, y1: yOf(0), x2: plot.x + plot.w, y2: yOf(0), color: AXIS });
}

function horizontalBars(ctx: Ctx, area: Area): void {
  const { element, size, scale } = ctx;
  const categoryW = Math.min(Math.max(...element.categories.map((text) => estimateWidthEm(text) * size)) + size * 0.6, area.w * 0.38);
  const valueRoom = Math.max(...element.series.flatMap((series) => series.values.map((v) => estimateWidthEm(chartNumber(v, ctx.integers)) * size))) + size * 0.6;
  const unitW = element.unit ? estimateWidthEm(element.unit) * size + size * 0.6 : 0;
  const plot: Area = { x: area.x + categoryW, y: area.y, w: area.w - categoryW - Math.max(valueRoom, unitW), h: area.h - size * 1.8 };
  const xOf = (value: number): number => plot.x + ((value - scale.min) / (scale.max - scale.min)) * plot.w;
  for (const tick of scale.ticks) {
    ctx.lines.push({ x1: xOf(tick), y1: plot.y, x2: xOf(tick), y2: plot.y + plot.h, color: GRID });
    ctx.labels.push({ text: chartNumber(tick, ctx.integers), x: xOf(tick), y: plot.y + plot.h + size * 0.95, align: 'center', size, bold: false });
  }
  if (element.unit) ctx.labels.push({ text: element.unit, x: plot.x + plot.w + size * 0.5, y: plot.y + plot.h + size * 0.95, align: 'left', size, bold: false });
  const band = plot.h / element.categories.length;
  const barH = band / (element.series.length + GAP);
  element.categories.forEach((category, c) => {
    element.series.forEach((series, s) => {
      const value = series.values[c] ?? 0;
      const y = plot.y + c * band + (GAP / 2) * barH + s * barH;
      const left = Math.min(xOf(value), xOf(0));
      const w = Math.abs(xOf(value) - xOf(0));
      ctx.rects.push({ x: left, y, w, h: barH, color: barColor(element, s, c) });
      ctx.labels.push({ text: chartNumber(value, ctx.integers), x: value >= 0 ? left + w + size * 0.3 : left - size * 0.3, y: y + barH / 2, align: value >= 0 ? 'left' : 'right', size, bold: false });
    });
    ctx.labels.push({ text: category, x: plot.x - size * 0.4, y: plot.y + (c + 0.5) * band, align: 'right', size, bold: false });
  });
  ctx.lines.push({ x1: xOf(0), y1: plot.y, x2: xOf(0), y2: plot.y + plot.h, color: AXIS });
}

function legend(ctx: Ctx, centerX: number, middle: number): void {
  const { element, size } = ctx;
  const swatch = size * 0.7;
  const widths = element.series.map((series) => swatch + size * 0.3 + estimateWidthEm(series.name) * size);
  const total = widths.reduce((a, b) => a + b, 0) + size * (element.series.length - 1);
  let x = centerX - total / 2;
  element.series.forEach((series, s) => {
    ctx.rects.push({ x, y: middle - swatch / 2, w: swatch, h: swatch, color: barColor(element, s, 0) });
    ctx.labels.push({ text: series.name, x: x + swatch + size * 0.3, y: middle, align: 'left', size, bold: false });
    x += (widths[s] ?? 0) + size;
  });
}

/** Like the PPTX: one series cycles the palette over its bars; several series get one colour each. */
function barColor(element: ChartElement, series: number, category: number): string {
  const palette = element.colors.length > 0 ? element.colors : FALLBACK_COLORS;
  const index = element.series.length === 1 ? category : series;
  return palette[index % palette.length] ?? FALLBACK_COLORS[0] ?? '2F5597';
}
