/** The preview's chart: the shared layout measured with an estimate close enough to the bundled font to give it room. */
import { describe, expect, it } from 'vitest';
import { textLeft } from '../../../main/engine/deck/chart-parts.js';
import { estimateWidthEm, previewChartParts } from '../../../renderer/src/preview/draw-chart.js';
import { chartElement } from '../../engine/deck/chart-element.js';

describe('preview chart', () => {
  it('estimates widths near the bundled font: ideographs and "…" a full em, digits and separators narrower', () => {
    expect(estimateWidthEm('中药材12')).toBeCloseTo(3 + 1.1);
    expect(estimateWidthEm('120,000')).toBeCloseTo(6 * 0.55 + 0.28);
    expect(estimateWidthEm('春…')).toBe(2);
  });

  it('draws the shared layout: every value and category, labels inside the box, a long category shortened', () => {
    const element = chartElement({ box: { x: 1, y: 1, w: 3, h: 3 }, categories: ['一个很长很长的类别名称', '茶叶', '蔬菜'] });
    const parts = previewChartParts(element);
    const labels = parts.flatMap((part) => (part.kind === 'text' ? [part] : []));
    expect(labels.map((part) => part.text)).toEqual(expect.arrayContaining(['120,000', '30,000', '45,000', '茶叶', '蔬菜', '万元']));
    expect(labels.find((part) => part.text.startsWith('一'))?.text).toMatch(/…$/);
    for (const part of labels) {
      expect(textLeft(part)).toBeGreaterThanOrEqual(0);
      expect(textLeft(part) + part.width).toBeLessThanOrEqual(3 * 72);
      expect(part.top).toBeGreaterThanOrEqual(0);
    }
    expect(parts.filter((part) => part.kind === 'rect')).toHaveLength(3);
  });
});
