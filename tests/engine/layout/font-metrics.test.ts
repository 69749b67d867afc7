import { beforeAll, describe, expect, it } from 'vitest';
import type { FontMetrics } from '../../../main/engine/layout/font-metrics.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';

let metrics: FontMetrics;
beforeAll(async () => {
  metrics = await bundledMetrics();
});

describe('the bundled Noto Sans SC metrics', () => {
  it('measures ideographs and full-width punctuation as one em', () => {
    for (const char of '中国汇报，。（）“”') expect(metrics.advanceEm(char, false)).toBe(1);
  });

  it('measures latin and digits narrower than an em, from the font tables', () => {
    // Noto Sans SC: "1" is 555/1000, "W" 878/1000 in the regular face.
    expect(metrics.advanceEm('1', false)).toBeCloseTo(0.555, 3);
    expect(metrics.advanceEm('W', false)).toBeCloseTo(0.878, 3);
    expect(metrics.advanceEm(' ', false)).toBeLessThan(0.3);
  });

  it('uses the bold face for bold text', () => {
    expect(metrics.advanceEm('W', true)).toBeGreaterThan(metrics.advanceEm('W', false));
  });

  it('gives control and format characters no width and missing glyphs a full em', () => {
    expect(metrics.advanceEm('\u200d', false)).toBe(0);
    expect(metrics.advanceEm('\u0007', false)).toBe(0);
    expect(metrics.advanceEm('\u{1F600}', false)).toBe(1);
  });

  it('reports the font line height', () => {
    expect(metrics.lineHeightEm).toBeGreaterThan(1.2);
    expect(metrics.lineHeightEm).toBeLessThan(1.6);
  });
});
