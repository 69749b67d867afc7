import { describe, expect, it } from 'vitest';
import { MappedText } from '../../../../main/engine/ingest/mapped-text.js';
import { paragraphMetrics, type MetricDraft } from '../../../../main/engine/ingest/numbers/paragraph-metrics.js';
import { normalizeLine } from '../../../../main/engine/ingest/source-lines.js';

/** As in the importer: the line is normalized (full-width digits → ASCII) but offsets and raw come from the source. */
const metricsOf = (text: string, lang: 'zh' | 'en' = 'zh'): MetricDraft[] => paragraphMetrics(normalizeLine(MappedText.fromSource(text)), text, lang, 'k').metrics;
const one = (text: string, lang: 'zh' | 'en' = 'zh'): MetricDraft => {
  const found = metricsOf(text, lang);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('Chinese quantities', () => {
  it.each([
    ['全镇粮食种植面积达13.9万亩', '粮食种植面积', '13.9万亩', 139000, '亩', false],
    ['截至8月，完成固投1.68亿元', '固投', '1.68亿元', 168000000, '元', false],
    ['春茶产值达4000万余元', '春茶产值', '4000万余元', 40000000, '元', true],
    ['乡贤捐资280余万元', '乡贤捐资', '280余万元', 2800000, '元', true],
    ['累计接待客人11万余人次', '接待客人', '11万余人次', 110000, '人次', true],
    ['年产值突破4个亿', '年产值', '4个亿', 400000000, '元', true],
    ['国内生产总值超过126万亿元', '国内生产总值', '126万亿元', 126e12, '元', true],
    ['粮食产量1.39万亿斤', '粮食产量', '1.39万亿斤', 1.39e12, '斤', false],
    ['投入3800万完善校园设施', '投入完善校园设施', '3800万', 38000000, '', false],
    ['厂区占地1900个平方', '厂区占地', '1900个平方', 1900, '平方米', false],
    ['仔猪出售价格也达到600元/头', '仔猪出售价格', '600元/头', 600, '元/头', false],
    ['生猪收购价格为每公斤20元左右', '生猪收购价格', '20元左右', 20, '元', true],
    ['城镇新增就业1200万人以上', '城镇新增就业', '1200万人以上', 12000000, '人', true],
    ['带动就近就业超500人', '带动就近就业', '500人', 500, '人', true],
    ['旅游从业人员近千人', '旅游从业人员', '千人', 1000, '人', true],
    ['完成审批两批建房户', '审批', '两批', 2, '批', false],
    ['签到打卡率达98%', '签到打卡率', '98%', 98, '%', false],
    ['约完成全年任务目标的70%', '完成全年任务目标', '70%', 70, '%', true],
    ['发放农村低保2950 户', '发放农村低保', '2950 户', 2950, '户', false],
    ['投资１２．５万元', '投资', '１２．５万元', 125000, '元', false],
    ['物价上涨百分之十五', '物价', '百分之十五', 15, '%', false],
  ])('%s → %s %s', (text, label, raw, value, unit, approx) => {
    const metric = metricsOf(text).find((m) => m.raw === raw)!;
    expect(metric, text).toBeDefined();
    expect({ label: metric.label, value: metric.value, unit: metric.unit, approx: metric.approx }).toEqual({ label, value, unit, approx });
    expect(text.slice(metric.source.start, metric.source.end)).toBe(raw);
  });

  it('attaches 同比增长 to the figure before it, across a bracketed note', () => {
    expect(one('全镇粮食种植面积达13.9万亩(含复种面积),同比增长2.93%').change).toEqual({ direction: 'up', value: 2.93, unit: '%', raw: '同比增长2.93%' });
  });

  it('keeps 个百分点 apart from %, and makes a change with its own subject a metric of its own', () => {
    const [gdp, speed] = metricsOf('实现地区生产总值（GDP）1228亿元，同比增长1.5%，增速比同期提高0.9个百分点。');
    expect(gdp).toMatchObject({ label: '地区生产总值', value: 122800000000, change: { direction: 'up', value: 1.5, unit: '%' } });
    expect(speed).toMatchObject({ label: '增速', value: 0.9, unit: '个百分点', changeOnly: true, change: { direction: 'up', raw: '比同期提高0.9个百分点' } });
  });

  it('reads 下降, 收窄 and a shared unit in a list as changes', () => {
    const found = metricsOf('中直经济实现增加值384.8亿元，同比下降1.2%，降幅比同期收窄2.2个百分点。一三产业比重分别比同期提高0.9、5.9个百分点');
    expect(found.map((m) => [m.value, m.unit, m.change?.direction])).toEqual([
      [38480000000, '元', 'down'],
      [2.2, '个百分点', 'down'],
      [0.9, '个百分点', 'up'],
      [5.9, '个百分点', 'up'],
    ]);
  });

  it('does not take 提高到 (rose to) as a change', () => {
    expect(one('常住人口城镇化率提高到66.2%')).toMatchObject({ label: '常住人口城镇化率', value: 66.2, unit: '%' });
    expect(one('常住人口城镇化率提高到66.2%').change).toBeUndefined();
  });

  it('splits compounds like 6458户22167人 into two metrics, the second labelled from the first', () => {
    expect(metricsOf('全镇现有建档立卡脱贫户6458户22167人').map((m) => [m.label, m.raw])).toEqual([
      ['建档立卡脱贫户', '6458户'],
      ['建档立卡脱贫人数', '22167人'],
    ]);
  });

  it('labels by the words after a number when the words before say nothing (3名村干部考录编制)', () => {
    expect(metricsOf('培养入党积极分子68人,3名村干部考录编制').map((m) => m.label)).toEqual(['培养入党积极分子', '村干部']);
    expect(metricsOf('现辖3个城市社区、4个行政村').map((m) => m.label)).toEqual(['城市社区', '行政村']);
  });

  it('gives one sentence key per sentence', () => {
    const found = metricsOf('完成投资5亿元，新增就业300人。接待游客2万人次。');
    expect(new Set(found.map((m) => m.sentence)).size).toBe(2);
  });
});

describe('what is not a metric', () => {
  it.each([
    ['2023年来，全镇稳步发展', 'a year'],
    ['截至8月底，工作进展顺利', 'a date'],
    ['2023/10/12 11:10:30发布', 'a date'],
    ['复查验2014-2018年度新一轮退耕还林', 'a range'],
    ['正月初九灯歌表演拜新年', ''],
    ['收到12345市长热线办件', 'a hotline'],
    ['拨打电话0718-7283456咨询', 'phone'],
    ['综合考核第一名，第2集讲述英雄事迹', 'ordinal'],
    ['“雷火2022”专项行动成效明显', 'quoted'],
    ['“八五”普法骨干队伍建设', ''],
    ['推行“1+4+N”工作机制', 'formula'],
    ['国产大飞机C919投入商业运营，5G网络覆盖', 'code'],
    ['三次产业比为3.9：59.5：36.6', 'ratio'],
    ['今年是中华人民共和国成立75周年', 'anniversary'],
    ['其中10年以上重复信访问题得到化解', 'years'],
    ['严格落实中央八项规定精神', ''],
    ['千家万户受益，一校一品特色鲜明', ''],
    ['1、公共财政预算收入情况', 'list marker'],
    ['修复110供水主管破损线路', 'without a unit'],
  ])('%s', (text) => {
    expect(metricsOf(text).filter((m) => !/^\d+[户人件个]$/.test(m.raw))).toEqual([]);
  });

  it('says why each number was left out', () => {
    const { skipped } = paragraphMetrics(MappedText.fromSource('2023年收到12345市长热线办件118件'), '', 'zh', 'k');
    expect(skipped.map((s) => [s.text, s.reason])).toEqual([
      ['2023年', 'a year'],
      ['12345', 'a hotline or phone number'],
    ]);
  });
});

describe('English quantities', () => {
  it.each([
    ['Business rates income reached £61.2m, up 4.1%', 'Business rates income', '£61.2m', 61200000, '£'],
    ['The council completed 640 new homes', 'new homes', '640', 640, ''],
    ['Capital investment totalled £96m', 'Capital investment', '£96m', 96000000, '£'],
    ['Revenue of $1.2bn came in', 'Revenue', '$1.2bn', 1.2e9, '$'],
    ['A grant of €400k was won', 'grant', '€400k', 400000, '€'],
    ['We planted 12,000 trees', 'trees', '12,000', 12000, ''],
    ['The recycling rate rose to 47.8%', 'recycling rate', '47.8%', 47.8, '%'],
    ['Panels now generate 2.6 MW', 'Panels', '2.6 MW', 2.6, 'MW'],
  ])('%s', (text, label, raw, value, unit) => {
    const metric = metricsOf(text, 'en').find((m) => m.raw === raw)!;
    expect(metric, text).toBeDefined();
    expect({ label: metric.label, value: metric.value, unit: metric.unit }).toEqual({ label, value, unit });
  });

  it('attaches changes after ("up 4.1%") and before ("fell 2.3 percentage points to 5.6%") the figure', () => {
    expect(one('Business rates income reached £61.2m, up 4.1%', 'en').change).toMatchObject({ direction: 'up', value: 4.1, unit: '%' });
    expect(one('Youth unemployment fell 2.3 percentage points to 5.6%', 'en')).toMatchObject({
      label: 'Youth unemployment',
      value: 5.6,
      change: { direction: 'down', value: 2.3, unit: 'percentage points' },
    });
  });

  it('marks about/over/nearly as approximate', () => {
    expect(one('helped create about 430 jobs', 'en')).toMatchObject({ value: 430, unit: 'jobs', approx: true });
    expect(one('saving over £2m', 'en').approx).toBe(true);
  });

  it('leaves out years, dates, clock times, phone numbers, ordinals and codes', () => {
    expect(metricsOf('In 2023 the council met on 21 March 2024 at 7pm. Call 0800 123 4567. It came 2nd. COVID-19 and G7 and Windows 11 were discussed.', 'en')).toEqual([]);
  });
});
