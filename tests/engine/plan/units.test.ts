import { describe, expect, it } from 'vitest';
import { displayScale, unitFamily } from '../../../main/engine/plan/units.js';

describe('unit families', () => {
  it('puts convertible units in one family with their factor to its base', () => {
    expect(unitFamily('万元')).toMatchObject({ key: 'money', base: '元', factor: 1e4 });
    expect(unitFamily('公顷')).toMatchObject({ key: 'area', base: '亩', factor: 15 });
    expect(unitFamily('名')).toMatchObject({ key: 'people', factor: 1 });
  });

  it('keeps counting words apart: 个 and 家 do not share an axis', () => {
    expect(unitFamily('个').key).not.toBe(unitFamily('家').key);
    expect(unitFamily('人次').key).not.toBe(unitFamily('人').key);
  });

  it('scales axis units to 万/亿/万亿 by the largest value, never percentages', () => {
    expect(displayScale(unitFamily('元'), 6.952e9)).toEqual({ unit: '亿元', divisor: 1e8 });
    expect(displayScale(unitFamily('元'), 1.26e14)).toEqual({ unit: '万亿元', divisor: 1e12 });
    expect(displayScale(unitFamily('亩'), 145000)).toEqual({ unit: '万亩', divisor: 1e4 });
    expect(displayScale(unitFamily('人'), 160)).toEqual({ unit: '人', divisor: 1 });
    expect(displayScale(unitFamily('%'), 5e5)).toEqual({ unit: '%', divisor: 1 });
  });
});
