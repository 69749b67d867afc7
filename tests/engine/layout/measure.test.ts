import { beforeAll, describe, expect, it } from 'vitest';
import type { FontMetrics } from '../../../main/engine/layout/font-metrics.js';
import { textWidthPt } from '../../../main/engine/layout/measure.js';
import { AUTOSPACE_EM, autospaceEm } from '../../../main/engine/layout/safety.js';
import { substituteAdvanceEm } from '../../../main/engine/layout/substitute-widths.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';

let metrics: FontMetrics;
beforeAll(async () => {
  metrics = await bundledMetrics();
});

describe('textWidthPt', () => {
  it('measures ideographs at one em each', () => {
    expect(textWidthPt(metrics, '汇报材料', 18, false)).toBeCloseTo(72, 6);
  });

  it('scales with the font size', () => {
    const small = textWidthPt(metrics, '增长23.5%', 10, false);
    expect(textWidthPt(metrics, '增长23.5%', 20, false)).toBeCloseTo(small * 2, 6);
    expect(textWidthPt(metrics, '', 20, false)).toBe(0);
  });

  it('measures ASCII with the wider of Noto Sans SC and the faces viewers substitute', () => {
    // DejaVu Sans digits are 0.637 em, Noto Sans SC's 0.555 em: layout must plan for the wider one.
    expect(substituteAdvanceEm('1', false)).toBeCloseTo(0.637, 3);
    expect(substituteAdvanceEm('1', false)).toBeGreaterThan(metrics.advanceEm('1', false));
    expect(textWidthPt(metrics, '1', 10, false)).toBeCloseTo(6.37, 6);
    expect(textWidthPt(metrics, '1', 10, true)).toBeCloseTo(10 * Math.max(metrics.advanceEm('1', true), substituteAdvanceEm('1', true)), 6);
    expect(substituteAdvanceEm('中', false)).toBe(0);
  });

  it('adds the autospace allowance where Chinese meets latin, and nowhere else', () => {
    const han = metrics.advanceEm('中', false);
    const one = Math.max(metrics.advanceEm('1', false), substituteAdvanceEm('1', false));
    expect(textWidthPt(metrics, '中1', 10, false)).toBeCloseTo(10 * (han + one + AUTOSPACE_EM), 6);
    expect(textWidthPt(metrics, '中1中', 10, false)).toBeCloseTo(10 * (2 * han + one + 2 * AUTOSPACE_EM), 6);
    expect(textWidthPt(metrics, '中 1', 10, false)).toBeCloseTo(10 * (han + one + Math.max(metrics.advanceEm(' ', false), substituteAdvanceEm(' ', false))), 6);
    expect(autospaceEm('中', '，')).toBe(0);
    expect(autospaceEm('a', 'b')).toBe(0);
    expect(autospaceEm('，', 'A')).toBe(AUTOSPACE_EM);
    expect(autospaceEm('𠀀', '5')).toBe(AUTOSPACE_EM);
  });

  it('counts a character outside the BMP once', () => {
    expect(textWidthPt(metrics, '𠀀', 10, false)).toBeCloseTo(10 * metrics.advanceEm('𠀀', false), 6);
  });
});
