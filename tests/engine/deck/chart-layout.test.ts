/** The one chart layout the handout and the preview draw: real geometry, in slide points from the box's corner. */
import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../main/engine/deck/chart-layout.js';
import { textLeft, type ChartLinePart, type ChartPart, type ChartRectPart, type ChartTextPart, type TextWidth } from '../../../main/engine/deck/chart-parts.js';
import { valueScale } from '../../../main/engine/deck/chart-scale.js';
import type { ChartElement } from '../../../main/engine/deck/model.js';
import { chartElement, TWO_SERIES } from './chart-element.js';

/** Close to the bundled font: a full em for ideographs, a little over half for digits and latin; bold a bit wider. */
const width: TextWidth = (text, sizePt, bold) => [...text].reduce((em, char) => em + ((char.codePointAt(0) ?? 0) >= 0x2e80 || char === '…' ? 1 : 0.56), 0) * sizePt * (bold ? 1.04 : 1);
/** The bundled font's line box (ascender + descender), in em. */
const LINE_BOX_EM = 1.448;
/** The fixture's font size, points. */
const SIZE = chartElement().fontSize;

const texts = (parts: readonly ChartPart[]): ChartTextPart[] => parts.filter((part): part is ChartTextPart => part.kind === 'text');
const rects = (parts: readonly ChartPart[]): ChartRectPart[] => parts.filter((part): part is ChartRectPart => part.kind === 'rect');
const lines = (parts: readonly ChartPart[], color: string): ChartLinePart[] => parts.filter((part): part is ChartLinePart => part.kind === 'line' && part.color === color);
/** Bars come first among the rectangles, category by category, series by series; legend swatches follow. */
const bars = (element: ChartElement, parts: readonly ChartPart[]): ChartRectPart[] => rects(parts).slice(0, element.categories.length * element.series.length);
const zeroLine = (parts: readonly ChartPart[]): ChartLinePart => {
  const [axis] = lines(parts, 'A6A6A6');
  if (!axis) throw new Error('no zero line');
  return axis;
};
const label = (parts: readonly ChartPart[], text: string): ChartTextPart => {
  const found = texts(parts).filter((part) => part.text === text);
  if (found.length !== 1) throw new Error(`${found.length} labels "${text}"`);
  return found[0] as ChartTextPart;
};

describe('layoutChart', () => {
  it('draws column heights in proportion to the values, on the shared axis the grid lines show', () => {
    const element = chartElement();
    const parts = layoutChart(element, width);
    const scale = valueScale([120000, 30000, 45000]);
    const grid = lines(parts, 'D9D9D9');
    expect(grid).toHaveLength(scale.ticks.length);
    const span = (grid[0]?.y1 ?? 0) - (grid.at(-1)?.y1 ?? 0);
    const axis = zeroLine(parts);
    expect(axis.y1).toBeCloseTo(grid[0]?.y1 ?? NaN);
    bars(element, parts).forEach((bar, i) => {
      const value = element.series[0]?.values[i] ?? NaN;
      expect(bar.h / span).toBeCloseTo(value / (scale.max - scale.min), 9);
      expect(bar.y + bar.h).toBeCloseTo(axis.y1, 9);
    });
    for (const [i, tick] of scale.ticks.entries()) expect(label(parts, tick.toLocaleString('en-US')).top).toBeCloseTo((grid[i]?.y1 ?? NaN) - SIZE * 0.7);
  });

  it('lays horizontal bars top-down in data order, lengths in proportion from the zero line', () => {
    const element = chartElement({ chart: 'bar' });
    const parts = layoutChart(element, width);
    const drawn = bars(element, parts);
    expect(drawn.map((bar) => bar.y)).toEqual([...drawn.map((bar) => bar.y)].sort((a, b) => a - b));
    const axis = zeroLine(parts);
    for (const bar of drawn) expect(bar.x).toBeCloseTo(axis.x1, 9);
    expect((drawn[0]?.w ?? 0) / (drawn[1]?.w ?? 1)).toBeCloseTo(120000 / 30000, 9);
    expect((drawn[2]?.w ?? 0) / (drawn[1]?.w ?? 1)).toBeCloseTo(45000 / 30000, 9);
    // Each value just past the end of its bar, each category right-aligned before the plot.
    const value = label(parts, '120,000');
    expect(value.align).toBe('left');
    expect(textLeft(value)).toBeGreaterThan((drawn[0]?.x ?? 0) + (drawn[0]?.w ?? 0));
    expect(label(parts, '中药材').x).toBeLessThan(axis.x1);
  });

  it('puts negative columns and their values below the zero line, positive ones above', () => {
    const element = chartElement({ series: TWO_SERIES, unit: '' });
    const parts = layoutChart(element, width);
    const zero = zeroLine(parts).y1;
    const drawn = bars(element, parts);
    const values = element.categories.flatMap((_, c) => element.series.map((series) => series.values[c] ?? 0));
    drawn.forEach((bar, i) => {
      const value = values[i] ?? 0;
      if (value < 0) {
        expect(bar.y).toBeCloseTo(zero, 9);
        expect(bar.y + bar.h).toBeGreaterThan(zero);
      } else {
        expect(bar.y + bar.h).toBeCloseTo(zero, 9);
      }
    });
    expect(label(parts, '-3.5').top).toBeGreaterThan(zero);
    expect(label(parts, '-6.1').top).toBeGreaterThan(zero);
    expect(label(parts, '12').top + SIZE * LINE_BOX_EM).toBeLessThan(zero);
    // Both series on one scale: 15 and -6.1 are as far from zero as their values say.
    const fifteen = drawn[1];
    const minusSix = drawn[5];
    expect((fifteen?.h ?? 0) / (minusSix?.h ?? 1)).toBeCloseTo(15 / 6.1, 9);
  });

  it('puts negative horizontal bars and their values left of the zero line', () => {
    const element = chartElement({ chart: 'bar', series: TWO_SERIES });
    const parts = layoutChart(element, width);
    const zero = zeroLine(parts).x1;
    const negative = bars(element, parts)[2];
    expect((negative?.x ?? 0) + (negative?.w ?? 0)).toBeCloseTo(zero, 9);
    const value = label(parts, '-3.5');
    expect(value.align).toBe('right');
    expect(value.x).toBeLessThan(negative?.x ?? 0);
  });

  it.each([
    ['a column chart', chartElement()],
    ['a bar chart', chartElement({ chart: 'bar' })],
    ['two series with negative values', chartElement({ series: TWO_SERIES })],
    ['horizontal bars, two series, negative values', chartElement({ chart: 'bar', series: TWO_SERIES })],
    ['long category names in a narrow box', chartElement({ box: { x: 0.5, y: 0.5, w: 3, h: 3 }, categories: ['一个很长很长的类别名称', '春茶产值', '规上工业产值'] })],
    ['long category names as bars', chartElement({ chart: 'bar', categories: ['一个非常非常长的类别名称超出了范围', '短', '中等长度'] })],
    ['no title and no unit', chartElement({ title: '', unit: '' })],
    ['a title wider than the box', chartElement({ title: '柏杨坝镇2023年前三季度各产业产值与上年同期对比情况（万元）' })],
  ])('keeps every label, bar and line inside the box: %s', (_, element) => {
    const parts = layoutChart(element, width);
    const w = element.box.w * 72;
    const h = element.box.h * 72;
    const within = (x: number, y: number): void => {
      expect(x).toBeGreaterThanOrEqual(-1e-9);
      expect(x).toBeLessThanOrEqual(w + 1e-9);
      expect(y).toBeGreaterThanOrEqual(-1e-9);
      expect(y).toBeLessThanOrEqual(h + 1e-9);
    };
    for (const part of parts) {
      if (part.kind === 'text') {
        expect(part.width).toBeCloseTo(width(part.text, part.sizePt, part.bold), 9);
        within(textLeft(part), part.top);
        within(textLeft(part) + part.width, part.top + part.sizePt * LINE_BOX_EM);
      } else if (part.kind === 'rect') {
        within(part.x, part.y);
        within(part.x + part.w, part.y + part.h);
      } else {
        within(part.x1, part.y1);
        within(part.x2, part.y2);
      }
    }
  });

  it('shortens a category wider than its column with "…", and a title wider than the box', () => {
    const element = chartElement({ box: { x: 0, y: 0, w: 3, h: 3 }, categories: ['一个很长很长的类别名称', '春茶', '蔬菜'], title: '柏杨坝镇2023年前三季度各产业产值与上年同期对比情况' });
    const parts = layoutChart(element, width);
    const band = label(parts, '蔬菜').x - label(parts, '春茶').x;
    const shortened = texts(parts).filter((part) => part.text.endsWith('…'));
    expect(shortened.map((part) => part.text[0])).toEqual(['柏', '一']);
    const category = shortened[1];
    expect(category?.width).toBeLessThanOrEqual(band);
    expect(label(parts, '春茶').text).toBe('春茶');
    const title = shortened[0];
    expect(title).toMatchObject({ bold: true, sizePt: SIZE + 2, align: 'center', x: (3 * 72) / 2 });
    expect(title?.width).toBeLessThanOrEqual(3 * 72);
  });

  it('draws a legend only for several series: one swatch and name each, centred under the plot', () => {
    const single = chartElement();
    const one = layoutChart(single, width);
    expect(rects(one)).toHaveLength(3);
    expect(texts(one).map((part) => part.text)).not.toContain('产值');

    const element = chartElement({ series: TWO_SERIES });
    const parts = layoutChart(element, width);
    const swatches = rects(parts).slice(6);
    expect(swatches).toHaveLength(2);
    expect(swatches.map((swatch) => swatch.color)).toEqual(['2F5597', 'ED7D31']);
    const names = [label(parts, '2022年'), label(parts, '2023年')];
    const bottomOfPlot = Math.max(...texts(parts).filter((part) => element.categories.includes(part.text)).map((part) => part.top));
    for (const [i, name] of names.entries()) {
      expect(name.top).toBeGreaterThan(bottomOfPlot);
      expect(name.x).toBeGreaterThan((swatches[i]?.x ?? 0) + (swatches[i]?.w ?? 0));
    }
    const left = swatches[0]?.x ?? 0;
    const right = (names[1]?.x ?? 0) + (names[1]?.width ?? 0);
    expect((left + right) / 2).toBeCloseTo((element.box.w * 72) / 2, 6);
  });

  it('colours like the PPTX: one series cycles the palette over its bars, several series get one colour each', () => {
    expect(rects(layoutChart(chartElement(), width)).map((bar) => bar.color)).toEqual(['2F5597', 'ED7D31', '2F5597']);
    const element = chartElement({ series: TWO_SERIES, colors: [] });
    expect(bars(element, layoutChart(element, width)).map((bar) => bar.color)).toEqual(['2F5597', 'ED7D31', '2F5597', 'ED7D31', '2F5597', 'ED7D31']);
  });

  it('writes the unit above the value axis of columns, centred under the value labels of bars', () => {
    const columns = layoutChart(chartElement(), width);
    const grid = lines(columns, 'D9D9D9');
    const unit = label(columns, '万元');
    expect(unit.align).toBe('left');
    expect(unit.top + SIZE * LINE_BOX_EM).toBeLessThan(Math.min(...grid.map((line) => line.y1)));

    const horizontal = layoutChart(chartElement({ chart: 'bar' }), width);
    const ticks = lines(horizontal, 'D9D9D9');
    const under = label(horizontal, '万元');
    expect(under.align).toBe('center');
    expect(under.x).toBeCloseTo(((ticks[0]?.x1 ?? 0) + (ticks.at(-1)?.x1 ?? 0)) / 2, 9);
    expect(under.top).toBeGreaterThan(label(horizontal, '50,000').top + SIZE);
  });

  it('draws nothing for a chart without categories or values', () => {
    expect(layoutChart(chartElement({ categories: [], series: [] }), width)).toEqual([]);
    expect(layoutChart(chartElement({ series: [] }), width)).toEqual([]);
  });
});
