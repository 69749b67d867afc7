/**
 * ChartElement → a native, editable PowerPoint bar/column chart: pptxgenjs embeds the data as a workbook, so people
 * can right-click › Edit Data. Fonts and lang of the chart text are completed in post-processing (pptxgenjs writes
 * only <a:latin> there).
 */
import type { PptxChartOptions, PptxSlide } from './pptxgenjs.js';
import type { ChartElement } from '../../deck/model.js';
import { hexColor } from './colors.js';
import type { RunStyle } from './run-fonts.js';
import { xmlSafeText } from './sanitize-text.js';
import { majorUnit } from '../../deck/chart-scale.js';

/** Used when the pack gives no colours: a calm blue-first palette that prints well in grey. */
const FALLBACK_COLORS = ['2F5597', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', 'A5A5A5'];
const GRID_COLOR = 'D9D9D9';
const AXIS_COLOR = 'A6A6A6';

export function addChart(slide: PptxSlide, element: ChartElement, style: RunStyle, where: string): void {
  checkData(element, where);
  const { x, y, w, h } = element.box;
  // Horizontal bars draw the first category at the bottom. Reversing the data (rather than the axis, which
  // PowerPoint and LibreOffice place differently) makes them read top-down in the Deck's order everywhere.
  const inOrder = <T>(items: readonly T[]): T[] => (element.chart === 'bar' ? [...items].reverse() : [...items]);
  const data = element.series.map((series) => ({ name: xmlSafeText(series.name), labels: inOrder(element.categories.map(xmlSafeText)), values: inOrder(series.values) }));
  slide.addChart('bar', data, { x, y, w, h, ...chartOptions(element, style, where) });
}

function chartOptions(element: ChartElement, style: RunStyle, where: string): PptxChartOptions {
  const text = hexColor(element.textColor, where);
  const size = element.fontSize;
  const face = style.fonts.eastAsian;
  const format = numberFormat(element.series.flatMap((series) => series.values));
  const colors = element.colors.length > 0 ? element.colors.map((color) => hexColor(color, where)) : FALLBACK_COLORS;
  return {
    objectName: xmlSafeText(element.id),
    altText: xmlSafeText(element.altText),
    lang: style.lang,
    barDir: element.chart === 'column' ? 'col' : 'bar',
    barGapWidthPct: 60,
    chartColors: colors,
    chartArea: { roundedCorners: false },
    ...(element.title ? { showTitle: true, title: xmlSafeText(element.title), titleFontSize: size + 2, titleColor: text, titleFontFace: face, titleBold: true } : { showTitle: false }),
    showLegend: element.series.length > 1,
    legendPos: 'b',
    legendFontSize: size,
    legendColor: text,
    legendFontFace: face,
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFontSize: size,
    dataLabelColor: text,
    dataLabelFontFace: face,
    dataLabelFormatCode: format,
    catAxisLabelFontSize: size,
    catAxisLabelColor: text,
    catAxisLabelFontFace: face,
    catAxisLineShow: true,
    catAxisLineColor: AXIS_COLOR,
    catGridLine: { style: 'none' },
    valAxisLabelFontSize: size,
    valAxisLabelColor: text,
    valAxisLabelFontFace: face,
    valAxisLabelFormatCode: format,
    valAxisLineShow: false,
    ...majorUnit(element.series.flatMap((series) => series.values)),
    valGridLine: { color: GRID_COLOR, size: 0.75 },
    ...(element.unit ? { showValAxisTitle: true, valAxisTitle: xmlSafeText(element.unit), valAxisTitleFontSize: size, valAxisTitleColor: text, valAxisTitleFontFace: face, valAxisTitleRotate: 0 } : {}),
  };
}

function checkData(element: ChartElement, where: string): void {
  if (element.series.length === 0 || element.categories.length === 0) throw new Error(`${where}: a chart needs at least one series and one category`);
  for (const series of element.series) {
    if (series.values.length !== element.categories.length) throw new Error(`${where}: series "${series.name}" has ${series.values.length} values for ${element.categories.length} categories`);
    if (!series.values.every(Number.isFinite)) throw new Error(`${where}: series "${series.name}" has a value that is not a finite number`);
  }
}


/**
 * Whole numbers get thousands separators ("1,200"). With decimals, "General" shows each value as written (310.5
 * and 980 side by side); a fixed "#,##0.0" would print 980.0 and Excel has no "decimals only when needed" code.
 */
export function numberFormat(values: readonly number[]): string {
  return values.every(Number.isInteger) ? '#,##0' : 'General';
}
