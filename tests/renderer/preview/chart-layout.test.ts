/** Preview charts: bars inside their box, labels, orientation, legend, axis. */
import { describe, expect, it } from 'vitest';
import { estimateWidthEm, layoutChart } from '../../../renderer/src/preview/chart-layout.js';
import { chartNumber, valueScale } from '../../../main/engine/deck/chart-scale.js';
import { chartElement } from '../support/hand-made.js';

const inside = (x: number, y: number, box: { x: number; y: number; w: number; h: number }): boolean => x >= box.x - 1e-9 && x <= box.x + box.w + 1e-9 && y >= box.y - 1e-9 && y <= box.y + box.h + 1e-9;

describe('chart layout', () => {
  it('draws one bar per value inside the chart box, taller for larger values', () => {
    const element = chartElement();
    const parts = layoutChart(element);
    const bars = parts.rects;
    expect(bars).toHaveLength(3);
    for (const bar of bars) expect(inside(bar.x, bar.y, element.box) && inside(bar.x + bar.w, bar.y + bar.h, element.box)).toBe(true);
    expect(bars[0]?.h).toBeGreaterThan(bars[2]?.h ?? Infinity);
    expect(bars[2]?.h).toBeGreaterThan(bars[1]?.h ?? Infinity);
    expect(bars.map((bar) => bar.color)).toEqual(['2F5597', 'ED7D31', '2F5597']);
  });

  it('labels the values, categories, title and unit', () => {
    const texts = layoutChart(chartElement()).labels.map((label) => label.text);
    expect(texts).toEqual(expect.arrayContaining(['120,000', '30,000', '中药材', '茶叶', '蔬菜', '产值（万元）', '万元']));
  });

  it('lays horizontal bars top-down in data order', () => {
    const bars = layoutChart(chartElement({ chart: 'bar' })).rects;
    expect(bars.map((bar) => bar.y)).toEqual([...bars.map((bar) => bar.y)].sort((a, b) => a - b));
    expect(bars[0]?.w).toBeGreaterThan(bars[1]?.w ?? Infinity);
  });

  it('gives several series one colour each and a legend', () => {
    const parts = layoutChart(chartElement({ series: [{ name: '2022', values: [1, 2, 3] }, { name: '2023', values: [2, 3, 4] }] }));
    expect(parts.rects).toHaveLength(6 + 2);
    expect(parts.labels.map((label) => label.text)).toEqual(expect.arrayContaining(['2022', '2023']));
  });

  it('draws nothing for an empty chart', () => {
    expect(layoutChart(chartElement({ categories: [], series: [] }))).toMatchObject({ rects: [], lines: [], labels: [] });
  });

  it('picks an Office-like axis and formats numbers like the PPTX', () => {
    expect(valueScale([120000, 30000])).toEqual({ min: 0, max: 150000, ticks: [0, 50000, 100000, 150000] }); // the PPTX chart's own axis
    expect(chartNumber(1234567, true)).toBe('1,234,567');
    expect(chartNumber(1.5, false)).toBe('1.5');
    expect(estimateWidthEm('中药材12')).toBeCloseTo(3 + 1.1);
  });
});
