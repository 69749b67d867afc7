/**
 * Where every piece of a deck chart goes when it is drawn as vectors: by the PDF handout (pdfmake) and by the studio
 * preview (SVG), so the two cannot drift apart. The PPTX holds a native chart instead; this is how viewers show
 * that chart: a title, a value grid on the shared axis rule (chart-scale.ts), bars in the series colours with their
 * values at the end, category labels, a legend when there are several series, and the unit. Horizontal bars read
 * top-down in data order, like the PPTX.
 *
 * Out come chart-parts.ts parts in slide points from the box's top-left corner. Text is measured with the caller's
 * width function; vertical offsets are tuned to the bundled Noto Sans SC (a label's middle sits about 0.72 em below
 * the top of its line box). Pure, and importing only model types and chart-scale.ts: the renderer bundles it too.
 */
import { chartNumber, valueScale, type ValueScale } from './chart-scale.js';
import type { ChartLinePart, ChartPart, ChartRectPart, ChartTextPart, TextWidth } from './chart-parts.js';
import type { ChartElement } from './model.js';

const POINTS_PER_INCH = 72;
const GRID = { color: 'D9D9D9', widthPt: 0.6 } as const;
const AXIS = { color: 'A6A6A6', widthPt: 0.8 } as const;
const FALLBACK_COLORS = ['2F5597', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', 'A5A5A5'];
/** Gap between category groups as a share of one bar (the PPTX writes barGapWidthPct 60). */
const GAP = 0.6;

interface Area {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface Chart {
  readonly element: ChartElement;
  readonly size: number;
  readonly width: TextWidth;
  readonly scale: ValueScale;
  readonly integers: boolean;
}

/** Vectors first, labels over them: a value label may touch its bar but is never hidden by it. */
interface Pieces {
  readonly shapes: (ChartLinePart | ChartRectPart)[];
  readonly labels: ChartTextPart[];
}

export function layoutChart(element: ChartElement, width: TextWidth): ChartPart[] {
  const values = element.series.flatMap((series) => series.values);
  if (element.categories.length === 0 || values.length === 0) return [];
  const chart: Chart = { element, size: element.fontSize, width, scale: valueScale(values), integers: values.every(Number.isInteger) };
  const box: Area = { x: 0, y: 0, w: element.box.w * POINTS_PER_INCH, h: element.box.h * POINTS_PER_INCH };
  const { size } = chart;
  const pad = size * 0.4;
  const titleH = element.title ? size * 2.1 : 0;
  const legendH = element.series.length > 1 ? size * 1.8 : 0;
  const area: Area = { x: box.x + pad, y: box.y + pad + titleH, w: box.w - 2 * pad, h: box.h - 2 * pad - titleH - legendH };
  const pieces: Pieces = { shapes: [], labels: [] };
  if (element.chart === 'bar') horizontalBars(chart, area, pieces);
  else columns(chart, area, pieces);
  return [
    ...(element.title ? [label(chart, element.title, box.x + box.w / 2, box.y + pad, 'center', { size: size + 2, bold: true, maxWidth: box.w - 2 * pad })] : []),
    ...pieces.shapes,
    ...pieces.labels,
    ...(legendH > 0 ? legend(chart, box.x + box.w / 2, area.y + area.h + size * 0.5) : []),
  ];
}

function columns(chart: Chart, area: Area, out: Pieces): void {
  const { element, size, scale } = chart;
  const tickLabels = scale.ticks.map((tick) => chartNumber(tick, chart.integers));
  const axisW = Math.max(...tickLabels.map((text) => chart.width(text, size, false))) + size * 0.5;
  const unitH = element.unit ? size * 1.5 : 0;
  const plot: Area = { x: area.x + axisW, y: area.y + unitH + size * 0.6, w: area.w - axisW, h: area.h - unitH - size * 2.1 };
  const yOf = (value: number): number => plot.y + plot.h - ((value - scale.min) / (scale.max - scale.min)) * plot.h;
  scale.ticks.forEach((tick, i) => {
    out.shapes.push(line(plot.x, yOf(tick), plot.x + plot.w, yOf(tick), GRID));
    out.labels.push(label(chart, tickLabels[i] ?? '', plot.x - size * 0.4, yOf(tick) - size * 0.7, 'right'));
  });
  if (element.unit) out.labels.push(label(chart, element.unit, area.x, area.y, 'left'));
  const { band, bars } = barsAlong(element, plot.x, plot.w);
  for (const bar of bars) {
    const top = Math.min(yOf(bar.value), yOf(0));
    const h = Math.abs(yOf(bar.value) - yOf(0));
    out.shapes.push({ kind: 'rect', x: bar.from, y: top, w: bar.thickness, h, color: bar.color });
    // Above a positive bar, just below the end of a negative one.
    const labelTop = bar.value >= 0 ? top - size * 1.35 : top + h + size * 0.135;
    out.labels.push(label(chart, chartNumber(bar.value, chart.integers), bar.from + bar.thickness / 2, labelTop, 'center'));
  }
  element.categories.forEach((category, c) => {
    out.labels.push(label(chart, category, plot.x + (c + 0.5) * band, plot.y + plot.h + size * 0.35, 'center', { maxWidth: band - size * 0.3 }));
  });
  out.shapes.push(line(plot.x, yOf(0), plot.x + plot.w, yOf(0), AXIS));
}

function horizontalBars(chart: Chart, area: Area, out: Pieces): void {
  const { element, size, scale } = chart;
  const categoryW = Math.min(Math.max(...element.categories.map((text) => chart.width(text, size, false))) + size * 0.6, area.w * 0.38);
  const valueRoom = Math.max(...element.series.flatMap((series) => series.values.map((v) => chart.width(chartNumber(v, chart.integers), size, false)))) + size * 0.6;
  // The unit sits centred under the value axis labels, as the PPTX's axis title does.
  const unitH = element.unit ? size * 1.5 : 0;
  const plot: Area = { x: area.x + categoryW, y: area.y, w: area.w - categoryW - valueRoom, h: area.h - size * 1.8 - unitH };
  const xOf = (value: number): number => plot.x + ((value - scale.min) / (scale.max - scale.min)) * plot.w;
  for (const tick of scale.ticks) {
    out.shapes.push(line(xOf(tick), plot.y, xOf(tick), plot.y + plot.h, GRID));
    out.labels.push(label(chart, chartNumber(tick, chart.integers), xOf(tick), plot.y + plot.h + size * 0.35, 'center'));
  }
  if (element.unit) out.labels.push(label(chart, element.unit, plot.x + plot.w / 2, plot.y + plot.h + size * 1.8, 'center'));
  const { band, bars } = barsAlong(element, plot.y, plot.h);
  for (const bar of bars) {
    const left = Math.min(xOf(bar.value), xOf(0));
    const w = Math.abs(xOf(bar.value) - xOf(0));
    out.shapes.push({ kind: 'rect', x: left, y: bar.from, w, h: bar.thickness, color: bar.color });
    // Past the end of the bar, on whichever side of zero it runs.
    const text = chartNumber(bar.value, chart.integers);
    const top = bar.from + bar.thickness / 2 - size * 0.72;
    out.labels.push(bar.value >= 0 ? label(chart, text, left + w + size * 0.3, top, 'left') : label(chart, text, left - size * 0.3, top, 'right'));
  }
  element.categories.forEach((category, c) => {
    out.labels.push(label(chart, category, plot.x - size * 0.4, plot.y + (c + 0.5) * band - size * 0.72, 'right', { maxWidth: categoryW - size * 0.5 }));
  });
  out.shapes.push(line(xOf(0), plot.y, xOf(0), plot.y + plot.h, AXIS));
}

interface Bar {
  readonly value: number;
  readonly color: string;
  /** Where the bar starts along the category axis, and its thickness across that axis. */
  readonly from: number;
  readonly thickness: number;
}

/** The bars along a category axis from `start` over `length`: category by category, series side by side. */
function barsAlong(element: ChartElement, start: number, length: number): { band: number; bars: Bar[] } {
  const band = length / element.categories.length;
  const thickness = band / (element.series.length + GAP);
  const bars = element.categories.flatMap((_, c) =>
    element.series.map((series, s) => ({ value: series.values[c] ?? 0, color: barColor(element, s, c), from: start + c * band + (GAP / 2) * thickness + s * thickness, thickness })),
  );
  return { band, bars };
}

/** One swatch and name per series, the whole row centred on `centerX`. */
function legend(chart: Chart, centerX: number, top: number): ChartPart[] {
  const { element, size } = chart;
  const swatch = size * 0.7;
  const widths = element.series.map((series) => swatch + size * 0.3 + chart.width(series.name, size, false));
  const total = widths.reduce((a, b) => a + b, 0) + size * (element.series.length - 1);
  let x = centerX - total / 2;
  return element.series.flatMap((series, s) => {
    const parts: ChartPart[] = [{ kind: 'rect', x, y: top + size * 0.35, w: swatch, h: swatch, color: barColor(element, s, 0) }, label(chart, series.name, x + swatch + size * 0.3, top, 'left')];
    x += (widths[s] ?? 0) + size;
    return parts;
  });
}

interface LabelStyle {
  readonly size?: number;
  readonly bold?: boolean;
  /** Text wider than this is shortened with "…" rather than wrapped or run into its neighbour. */
  readonly maxWidth?: number;
}

function label(chart: Chart, text: string, x: number, top: number, align: ChartTextPart['align'], style: LabelStyle = {}): ChartTextPart {
  const { size = chart.size, bold = false, maxWidth = Infinity } = style;
  const shown = fitWidth(chart.width, text, size, bold, maxWidth);
  return { kind: 'text', text: shown, x, top, align, width: chart.width(shown, size, bold), sizePt: size, bold, color: chart.element.textColor };
}

function fitWidth(width: TextWidth, text: string, size: number, bold: boolean, maxWidth: number): string {
  if (width(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && width(`${chars.join('')}…`, size, bold) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

/** Like the PPTX: one series cycles the palette over its bars (pptxgenjs writes a colour per point); several series get one colour each. */
function barColor(element: ChartElement, series: number, category: number): string {
  const palette = element.colors.length > 0 ? element.colors : FALLBACK_COLORS;
  const index = element.series.length === 1 ? category : series;
  return palette[index % palette.length] ?? FALLBACK_COLORS[0] ?? '2F5597';
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: { readonly color: string; readonly widthPt: number }): ChartLinePart {
  return { kind: 'line', x1, y1, x2, y2, color: stroke.color, widthPt: stroke.widthPt };
}
