/**
 * ChartElement → simple bars drawn with pdfmake vectors, so the handout shows the chart the PPTX holds as a native
 * (editable) chart: title, value grid, bars in the series colours with their values at the end, category labels, a
 * legend when there are several series, and the unit. Horizontal bars read top-down in data order, like the PPTX.
 */
import type { CanvasElement, Content } from 'pdfmake/interfaces.js';
import type { ChartElement } from '../../../deck/model.js';
import { chartNumber, valueScale, type ValueScale } from '../../../deck/chart-scale.js';
import { cssColor, pageBox, pagePt, type Frame, type PageBox } from './frame.js';
import type { TextMetrics } from '../text-metrics.js';

const GRID = '#D9D9D9';
const AXIS = '#A6A6A6';
const FALLBACK_COLORS = ['2F5597', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', 'A5A5A5'];
/** Gap between category groups as a share of one bar group (the PPTX writes barGapWidthPct 60). */
const GAP = 0.6;

interface Chart {
  readonly element: ChartElement;
  readonly size: number;
  readonly color: string;
  readonly metrics: TextMetrics;
  readonly scale: ValueScale;
  readonly integers: boolean;
}

export function drawChart(element: ChartElement, frame: Frame, metrics: TextMetrics): Content[] {
  const values = element.series.flatMap((series) => series.values);
  if (element.categories.length === 0 || values.length === 0) return [];
  const chart: Chart = { element, size: pagePt(frame, element.fontSize), color: cssColor(element.textColor), metrics, scale: valueScale(values), integers: values.every(Number.isInteger) };
  const box = pageBox(frame, element.box);
  const pad = chart.size * 0.4;
  const titleH = element.title ? chart.size * 2.1 : 0;
  const legendH = element.series.length > 1 ? chart.size * 1.8 : 0;
  const area: PageBox = { x: box.x + pad, y: box.y + pad + titleH, w: box.w - 2 * pad, h: box.h - 2 * pad - titleH - legendH };
  const out: Content[] = [];
  if (element.title) out.push(label(chart, element.title, box.x + box.w / 2, box.y + pad, 'center', chart.size + pagePt(frame, 2), true, box.w - 2 * pad));
  out.push(...(element.chart === 'bar' ? horizontalBars(chart, area) : columns(chart, area)));
  if (legendH > 0) out.push(...legend(chart, box.x + box.w / 2, area.y + area.h + chart.size * 0.5));
  return out;
}

function columns(chart: Chart, area: PageBox): Content[] {
  const { element, size, scale } = chart;
  const tickLabels = scale.ticks.map((tick) => chartNumber(tick, chart.integers));
  const axisW = Math.max(...tickLabels.map((text) => chart.metrics.width(text, size, false))) + size * 0.5;
  const unitH = element.unit ? size * 1.5 : 0;
  const plot: PageBox = { x: area.x + axisW, y: area.y + unitH + size * 0.6, w: area.w - axisW, h: area.h - unitH - size * 2.1 };
  const yOf = (value: number): number => plot.y + plot.h - ((value - scale.min) / (scale.max - scale.min)) * plot.h;
  const vectors: CanvasElement[] = scale.ticks.map((tick) => hLine(plot.x, plot.x + plot.w, yOf(tick), GRID, 0.6));
  const out: Content[] = tickLabels.map((text, i) => label(chart, text, plot.x - size * 0.4, yOf(scale.ticks[i] ?? 0) - size * 0.7, 'right'));
  if (element.unit) out.push(label(chart, element.unit, area.x, area.y, 'left'));
  const band = plot.w / element.categories.length;
  const barW = band / (element.series.length + GAP);
  element.categories.forEach((category, c) => {
    element.series.forEach((series, s) => {
      const value = series.values[c] ?? 0;
      const x = plot.x + c * band + (GAP / 2) * barW + s * barW;
      const top = Math.min(yOf(value), yOf(0));
      vectors.push({ type: 'rect', x, y: top, w: barW, h: Math.abs(yOf(value) - yOf(0)), color: barColor(element, s, c) });
      out.push(label(chart, chartNumber(value, chart.integers), x + barW / 2, (value >= 0 ? top : top + Math.abs(yOf(value) - yOf(0))) - size * 1.35 * (value >= 0 ? 1 : -0.1), 'center'));
    });
    out.push(label(chart, category, plot.x + (c + 0.5) * band, plot.y + plot.h + size * 0.35, 'center', size, false, band - size * 0.3));
  });
  vectors.push(hLine(plot.x, plot.x + plot.w, yOf(0), AXIS, 0.8));
  return [{ canvas: vectors, absolutePosition: { x: 0, y: 0 } }, ...out];
}

function horizontalBars(chart: Chart, area: PageBox): Content[] {
  const { element, size, scale } = chart;
  const categoryW = Math.min(Math.max(...element.categories.map((text) => chart.metrics.width(text, size, false))) + size * 0.6, area.w * 0.38);
  const valueRoom = Math.max(...element.series.flatMap((series) => series.values.map((v) => chart.metrics.width(chartNumber(v, chart.integers), size, false)))) + size * 0.6;
  // The unit sits centred under the value labels, as the PPTX's axis title does.
  const unitH = element.unit ? size * 1.5 : 0;
  const plot: PageBox = { x: area.x + categoryW, y: area.y, w: area.w - categoryW - valueRoom, h: area.h - size * 1.8 - unitH };
  const xOf = (value: number): number => plot.x + ((value - scale.min) / (scale.max - scale.min)) * plot.w;
  const vectors: CanvasElement[] = scale.ticks.map((tick) => vLine(xOf(tick), plot.y, plot.y + plot.h, GRID, 0.6));
  const out: Content[] = scale.ticks.map((tick) => label(chart, chartNumber(tick, chart.integers), xOf(tick), plot.y + plot.h + size * 0.35, 'center'));
  if (element.unit) out.push(label(chart, element.unit, plot.x + plot.w / 2, plot.y + plot.h + size * 1.8, 'center'));
  const band = plot.h / element.categories.length;
  const barH = band / (element.series.length + GAP);
  element.categories.forEach((category, c) => {
    element.series.forEach((series, s) => {
      const value = series.values[c] ?? 0;
      const y = plot.y + c * band + (GAP / 2) * barH + s * barH;
      const left = Math.min(xOf(value), xOf(0));
      const w = Math.abs(xOf(value) - xOf(0));
      vectors.push({ type: 'rect', x: left, y, w, h: barH, color: barColor(element, s, c) });
      out.push(label(chart, chartNumber(value, chart.integers), value >= 0 ? left + w + size * 0.3 : left - size * 0.3, y + barH / 2 - size * 0.72, value >= 0 ? 'left' : 'right'));
    });
    out.push(label(chart, category, plot.x - size * 0.4, plot.y + (c + 0.5) * band - size * 0.72, 'right', size, false, categoryW - size * 0.5));
  });
  vectors.push(vLine(xOf(0), plot.y, plot.y + plot.h, AXIS, 0.8));
  return [{ canvas: vectors, absolutePosition: { x: 0, y: 0 } }, ...out];
}

function legend(chart: Chart, centerX: number, top: number): Content[] {
  const { element, size } = chart;
  const swatch = size * 0.7;
  const widths = element.series.map((series) => swatch + size * 0.3 + chart.metrics.width(series.name, size, false));
  const total = widths.reduce((a, b) => a + b, 0) + size * (element.series.length - 1);
  let x = centerX - total / 2;
  const out: Content[] = [];
  element.series.forEach((series, s) => {
    out.push({ canvas: [{ type: 'rect', x: 0, y: 0, w: swatch, h: swatch, color: seriesColor(element, s) }], absolutePosition: { x, y: top + size * 0.35 } });
    out.push(label(chart, series.name, x + swatch + size * 0.3, top, 'left'));
    x += (widths[s] ?? 0) + size;
  });
  return out;
}

/**
 * One line of chart text anchored at (x, top): left-, centre- or right-aligned on x. Text wider than `maxWidth` is
 * shortened with "…" rather than wrapped or overlapping its neighbour.
 */
function label(chart: Chart, text: string, x: number, top: number, align: 'left' | 'center' | 'right', size = chart.size, bold = false, maxWidth = Infinity): Content {
  const shown = fitWidth(chart.metrics, text, size, bold, maxWidth);
  const width = chart.metrics.width(shown, size, bold);
  const left = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width;
  return { text: [{ text: shown, fontSize: size, bold, color: chart.color, noWrap: true }], absolutePosition: { x: left, y: top }, lineHeight: 1 };
}

function fitWidth(metrics: TextMetrics, text: string, size: number, bold: boolean, maxWidth: number): string {
  if (metrics.width(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && metrics.width(`${chars.join('')}…`, size, bold) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

/** Like the PPTX: one series cycles the palette over its bars (pptxgenjs writes a colour per point); several series get one colour each. */
function barColor(element: ChartElement, series: number, category: number): string {
  const palette = element.colors.length > 0 ? element.colors : FALLBACK_COLORS;
  const index = element.series.length === 1 ? category : series;
  return cssColor(palette[index % palette.length] ?? FALLBACK_COLORS[0] ?? '2F5597');
}

const seriesColor = (element: ChartElement, series: number): string => barColor(element, series, 0);

const hLine = (x1: number, x2: number, y: number, color: string, width: number): CanvasElement => ({ type: 'line', x1, y1: y, x2, y2: y, lineColor: color, lineWidth: width });
const vLine = (x: number, y1: number, y2: number, color: string, width: number): CanvasElement => ({ type: 'line', x1: x, y1, x2: x, y2, lineColor: color, lineWidth: width });
