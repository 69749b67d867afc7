/** The preview's chart: the shared layout measured with the bundled font's table, as the PDF handout measures it. */
import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../main/engine/deck/chart-layout.js';
import { textLeft } from '../../../main/engine/deck/chart-parts.js';
import type { ChartElement } from '../../../main/engine/deck/model.js';
import { textMetrics } from '../../../main/engine/write/pdf/text-metrics.js';
import { bundledTextWidth, previewChartParts } from '../../../renderer/src/preview/draw-chart.js';
import { chartElement, TWO_SERIES } from '../../engine/deck/chart-element.js';

/** The handout's chart parts (write/pdf/handout/draw-chart.ts measures with textMetrics()). */
const handoutParts = (element: ChartElement): ReturnType<typeof layoutChart> => layoutChart(element, (text, sizePt, bold) => textMetrics().width(text, sizePt, bold));

describe('preview chart', () => {
  it("measures with the bundled font's advances: ideographs a full em, digits and punctuation their own, bold wider", () => {
    expect(bundledTextWidth('中药材', 10, false)).toBeCloseTo(30);
    expect(bundledTextWidth('120,000', 10, false)).toBeCloseTo(6 * 5.55 + 2.78);
    expect(bundledTextWidth('120,000', 10, true)).toBeCloseTo(6 * 5.9 + 3.25);
    expect(bundledTextWidth('12.5%', 12, false)).toBeCloseTo(textMetrics().width('12.5%', 12, false));
  });

  it('lays out exactly the parts the handout draws, for columns, bars, several series and labels that need shortening', () => {
    const charts = [
      chartElement(),
      chartElement({ box: { x: 1, y: 1, w: 3, h: 3 }, categories: ['一个很长很长的类别名称', '茶叶', '蔬菜'] }),
      chartElement({ chart: 'bar', box: { x: 0.5, y: 1, w: 4, h: 2.5 }, categories: ['GDP增速（%）', 'R&D投入强度', '城镇化率%'], fontSize: 11 }),
      chartElement({ series: TWO_SERIES.map((series) => ({ name: series.name, values: [...series.values] })), unit: '%', title: '' }),
    ];
    for (const element of charts) expect(previewChartParts(element)).toEqual(handoutParts(element));
  });

  it('draws the shared layout: every value and category, labels inside the box, a long category shortened', () => {
    const element = chartElement({ box: { x: 1, y: 1, w: 3, h: 3 }, categories: ['一个很长很长的类别名称', '茶叶', '蔬菜'] });
    const parts = previewChartParts(element);
    const labels = parts.flatMap((part) => (part.kind === 'text' ? [part] : []));
    expect(labels.map((part) => part.text)).toEqual(expect.arrayContaining(['120,000', '30,000', '45,000', '茶叶', '蔬菜', '万元']));
    expect(labels.find((part) => part.text.startsWith('一'))?.text).toMatch(/…$/);
    for (const part of labels) {
      expect(part.width).toBeCloseTo(bundledTextWidth(part.text, part.sizePt, part.bold));
      expect(textLeft(part)).toBeGreaterThanOrEqual(0);
      expect(textLeft(part) + part.width).toBeLessThanOrEqual(3 * 72);
      expect(part.top).toBeGreaterThanOrEqual(0);
    }
    expect(parts.filter((part) => part.kind === 'rect')).toHaveLength(3);
  });
});
