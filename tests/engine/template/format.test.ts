import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../../main/engine/template/format/chinese-date.js';
import { formatChange } from '../../../main/engine/template/format/format-change.js';
import { formatMetric } from '../../../main/engine/template/format/format-metric.js';
import { chineseOrdinal, padNumber } from '../../../main/engine/template/format/ordinal.js';
import { formatPercent, formatRatio } from '../../../main/engine/template/format/percent.js';
import { scaleChinese, withThousands } from '../../../main/engine/template/format/scale-number.js';

describe('万/亿 scaling', () => {
  it.each([
    [139000, '13.9', '万'],
    [168000000, '1.68', '亿'],
    [6952000000, '69.52', '亿'],
    [43080000, '4308', '万'],
    [6907000, '690.7', '万'],
    [22167, '22167', ''],
    [29.68, '29.68', ''],
    [99999999, '1', '亿'],
    [1.26e14, '126', '万亿'],
    [999999999999, '1', '万亿'],
    [-2500000, '-250', '万'],
    [0, '0', ''],
  ])('%d → %s%s', (value, number, scale) => {
    expect(scaleChinese(value)).toMatchObject({ number, scale });
  });

  it('keeps whole numbers below the 万 threshold and marks non-finite input', () => {
    expect(scaleChinese(99999).number).toBe('99999');
    expect(scaleChinese(Number.NaN).number).toBe('—');
  });

  it('groups thousands', () => {
    expect(withThousands(1234567.5)).toBe('1,234,567.5');
    expect(withThousands(-22167)).toBe('-22,167');
    expect(withThousands(999)).toBe('999');
  });
});

describe('metric display', () => {
  const metric = (raw: string, value: number, unit: string, approx = false) => ({ raw, value, unit, approx });

  it('scales with the unit after the scale', () => {
    expect(formatMetric(metric('13.9万亩', 139000, '亩')).text).toBe('13.9万亩');
    expect(formatMetric(metric('1.68亿元', 168000000, '元'))).toMatchObject({ number: '1.68', unit: '亿元' });
  });

  it('keeps the qualifier of approximate figures', () => {
    expect(formatMetric(metric('4000万余元', 40000000, '元', true)).text).toBe('4000余万元');
    expect(formatMetric(metric('100余次', 100, '次', true)).text).toBe('100余次');
    expect(formatMetric(metric('近3万人', 30000, '人', true)).text).toBe('近3万人');
    expect(formatMetric(metric('约30000人', 30000, '人', true)).text).toBe('约30000人');
    expect(formatMetric(metric('约12亿元', 1.2e9, '元', true))).toMatchObject({ prefix: '约', number: '12', unit: '亿元' });
    expect(formatMetric(metric('12亿元', 1.2e9, '元', true)).prefix).toBe('约');
  });

  it('never scales ratios or units that are already scaled', () => {
    expect(formatMetric(metric('80%', 80, '%')).text).toBe('80%');
    expect(formatMetric(metric('300000%', 300000, '%')).text).toBe('300000%');
    expect(formatMetric(metric('150万元', 150, '万元')).text).toBe('150万元');
  });
});

describe('changes, percentages, ordinals and dates', () => {
  it('formats a change with its basis and arrow', () => {
    expect(formatChange({ direction: 'up', value: 2.93, unit: '%', raw: '同比增长2.93%' }).text).toBe('同比 ▲2.93%');
    expect(formatChange({ direction: 'down', value: 1.2, unit: '个百分点', raw: '下降1.2个百分点' }).text).toBe('▼1.2个百分点');
    expect(formatChange({ direction: 'flat', value: 0, unit: '%', raw: '与上年持平' }).text).toBe('持平');
  });

  it('formats percentages and ratios', () => {
    expect(formatPercent(70)).toBe('70%');
    expect(formatPercent(2.934, 2)).toBe('2.93%');
    expect(formatRatio(700, 1008)).toBe('69.4%');
    expect(formatRatio(1, 0)).toBe('—');
  });

  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [21, '二十一'],
    [105, '一百零五'],
    [110, '一百一十'],
  ])('ordinal %d → %s', (n, text) => expect(chineseOrdinal(n)).toBe(text));

  it('pads and writes dates the Chinese way', () => {
    expect(padNumber(3)).toBe('03');
    expect(chineseDate('2023-10-12')).toBe('2023年10月12日');
    expect(chineseDate('2023/1/5')).toBe('2023年1月5日');
    expect(chineseDate('2023-10')).toBe('2023年10月');
    expect(chineseDate('十月中旬')).toBe('十月中旬');
  });
});
