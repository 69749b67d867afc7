import { describe, expect, it } from 'vitest';
import { changeWording } from '../../../../../main/engine/write/pdf/summary-text/change-text.js';

describe('changeWording', () => {
  it('writes the change in words, keeping its comparison base', () => {
    expect(changeWording({ direction: 'up', value: 2.93, unit: '%', raw: '同比增长2.93%' })).toBe('同比增长2.93%');
    expect(changeWording({ direction: 'down', value: 1.2, unit: '个百分点', raw: '比上年同期下降1.2个百分点' })).toBe('比上年同期下降1.2个百分点');
    expect(changeWording({ direction: 'up', value: 8.7, unit: '%', raw: '增长8.7%' })).toBe('增长8.7%');
  });

  it('says 持平 for no change and — for none', () => {
    expect(changeWording({ direction: 'flat', value: 0, unit: '%', raw: '环比持平' })).toBe('环比持平');
    expect(changeWording(undefined)).toBe('—');
  });
});
