/** A small deck chart for the chart layout's tests and its two drawers': numbers chosen to be checked by hand. */
import type { ChartElement } from '../../../main/engine/deck/model.js';

export function chartElement(options: Partial<ChartElement> = {}): ChartElement {
  return {
    type: 'chart',
    id: 'c1',
    box: { x: 1, y: 1, w: 6, h: 4 },
    chart: 'column',
    title: '产值（万元）',
    categories: ['中药材', '茶叶', '蔬菜'],
    series: [{ name: '产值', values: [120000, 30000, 45000] }],
    unit: '万元',
    colors: ['2F5597', 'ED7D31'],
    fontSize: 12,
    textColor: '404040',
    altText: '柱状图',
    ...options,
  };
}

/** Two series, each with a negative value. */
export const TWO_SERIES = [
  { name: '2022年', values: [12, -3.5, 8] },
  { name: '2023年', values: [15, 4, -6.1] },
] as const;
