import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartNumber, valueScale } from '../../../main/engine/deck/chart-scale.js';

describe('valueScale', () => {
  it('uses the PPTX writer\'s major unit and the viewers\' 5 % headroom, as LibreOffice draws the sample chart', () => {
    expect(valueScale([120000, 4000, 4308, 58000])).toEqual({ min: 0, max: 150000, ticks: [0, 50000, 100000, 150000] });
    expect(valueScale([98, 40])).toEqual({ min: 0, max: 125, ticks: [0, 25, 50, 75, 100, 125] });
  });

  it('picks its own round unit for negative data, as viewers do when the PPTX leaves it automatic', () => {
    expect(valueScale([-30, 60])).toEqual({ min: -40, max: 80, ticks: [-40, -20, 0, 20, 40, 60, 80] });
  });

  it('covers the data from zero in even, round steps', () => {
    // Report numbers: zero, or at least a millionth in size (denormals have their own test below).
    const value = fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((v) => v === 0 || Math.abs(v) >= 1e-6);
    const values = fc.array(value, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(values, (data) => {
        const scale = valueScale(data);
        expect(scale.min).toBeLessThanOrEqual(Math.min(0, ...data));
        expect(scale.max).toBeGreaterThanOrEqual(Math.max(0, ...data));
        expect(scale.ticks[0]).toBeCloseTo(scale.min);
        expect(scale.ticks.at(-1)).toBeCloseTo(scale.max);
        expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
        expect(scale.ticks.length).toBeLessThanOrEqual(16);
        const step = (scale.ticks[1] ?? 0) - (scale.ticks[0] ?? 0);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 2.5, 5, 10].some((nice) => Math.abs(mantissa - nice) < 1e-6)).toBe(true);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('still draws something for all-zero data and for values too small for float steps', () => {
    expect(valueScale([0, 0])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
    const tiny = valueScale([5e-324]);
    expect(tiny.ticks.every(Number.isFinite)).toBe(true);
    expect(tiny.max).toBeGreaterThan(tiny.min);
  });
});

describe('chartNumber', () => {
  it('groups whole numbers and leaves decimals as written', () => {
    expect(chartNumber(120000, true)).toBe('120,000');
    expect(chartNumber(13.9, false)).toBe('13.9');
    expect(chartNumber(0.1 + 0.2, false)).toBe('0.3');
  });

  it('groups whole numbers exactly as en-US does, negative and huge ones too', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 })), (value) => {
        const rounded = Math.round(value);
        const expected = Object.is(rounded, -0) ? '0' : rounded.toLocaleString('en-US');
        expect(chartNumber(value, true)).toBe(expected);
      }),
      { seed: 20261129, numRuns: 2000 },
    );
    expect(chartNumber(-0.2, true)).toBe('0');
    expect(chartNumber(-1234.4, true)).toBe('-1,234');
    expect(chartNumber(1e21, true)).toBe('1,000,000,000,000,000,000,000');
  });
});
