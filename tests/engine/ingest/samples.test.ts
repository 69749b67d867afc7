/** The other shared samples and an English report: sensible pillars, sections and known figures. */
import { describe, expect, it } from 'vitest';
import type { Metric, Report } from '../../../main/engine/report/schema.js';
import { allMetrics, fixture, importFile, sharedSample, spansHold } from './support/samples.js';

const find = (report: Report, raw: string): Metric | undefined => allMetrics(report).find((m) => m.raw === raw);

describe('大庆 half-year economic analysis (一、 headings, 从…看： inline headings, 一是, ①②, 1、)', async () => {
  const { report, sourceText } = await importFile(sharedSample('daqing-h1-economy.txt'));

  it('has the eight numbered parts as pillars', () => {
    expect(report.title).toBe('上半年全市经济运行情况分析');
    expect(report.meta.period).toBe('上半年');
    expect(report.pillars.map((p) => p.title)).toEqual([
      '地方经济、非油经济、非公经济带动GDP实现正增长',
      '设施农业和畜牧业带动农村经济实现稳步增长',
      '规上工业降幅收窄',
      '固定资产投资艰难突破地平线',
      '社会消费品零售总额实现稳步增长',
      '财政收入降幅同比大幅收窄',
      '城乡居民收入同步增长',
      '“两价”指数一涨一降',
    ]);
    expect(report.pillars.every((p) => p.kind === 'pillar')).toBe(true);
  });

  it('makes 从…看 headings and 一是 lines sections, with the opening figures as 总体情况', () => {
    expect(report.pillars[0]!.sections.map((s) => s.title)).toEqual(['总体情况', '从产业增速看', '从中直和地方看', '从油与非油看', '从公有与非公有看']);
    expect(report.pillars[1]!.sections.map((s) => s.title)).toEqual(['总体情况', '粮食生产稳步推进', '设施农业稳步发展', '畜牧业规模化养殖水平进一步提高']);
    expect(report.pillars[7]!.sections.map((s) => s.title)).toEqual(['CPI', 'PPI']);
  });

  it('reads the key figures with their changes', () => {
    expect(find(report, '1228亿元')).toMatchObject({ label: '地区生产总值', value: 122800000000, unit: '元', change: { direction: 'up', value: 1.5, unit: '%' } });
    expect(find(report, '479亿元')).toMatchObject({ change: { direction: 'down', value: 0.8 } });
    expect(find(report, '16525元')).toMatchObject({ label: '城镇居民人均可支配收入', change: { direction: 'up', value: 6 } });
    expect(find(report, '100.7')).toMatchObject({ label: '城市居民消费价格指数', value: 100.7, unit: '' });
    expect(report.pillars[0]!.keyMetrics[0]).toBe(find(report, '1228亿元')!.id);
  });

  it('makes no metric of the ratios 3.9：59.5：36.6', () => {
    expect(find(report, '59.5')).toBeUndefined();
    expect(spansHold(report, sourceText)).toEqual([]);
  });

  it('turns ①② into points', () => {
    const points = report.pillars[5]!.sections.flatMap((s) => s.points);
    expect(points.some((p) => p.startsWith('①税收收入完成46.8亿元'))).toBe(true);
  });
});

describe('柳河 street profile (一、 and 1. headings, short)', async () => {
  const { report } = await importFile(sharedSample('liuhe-caisheng-street-profile.txt'));

  it('has four pillars, numbered 1. lines as sections, the last one the outlook', () => {
    expect(report.title).toBe('采胜街道');
    expect(report.pillars.map((p) => [p.title, p.kind])).toEqual([
      ['基本情况', 'pillar'],
      ['资源情况', 'pillar'],
      ['产业情况', 'pillar'],
      ['未来发展方向及合作意向', 'outlook'],
    ]);
    expect(report.pillars[1]!.sections.map((s) => s.title)).toEqual(['水利资源', '林业资源', '人力资源', '旅游资源']);
    expect(report.pillars[2]!.sections.map((s) => s.title)).toEqual(['休闲旅游产业', '酒业产业', '养殖种植产业']);
  });

  it('reads area, population and households', () => {
    expect(find(report, '27.26平方公里')).toMatchObject({ label: '总面积', value: 27.26, unit: '平方公里' });
    expect(find(report, '15944户')).toMatchObject({ label: '总人口', unit: '户' });
    expect(find(report, '38943人')).toMatchObject({ unit: '人' });
    expect(find(report, '31.68万立方米')).toMatchObject({ value: 316800, unit: '立方米' });
    expect(find(report, '500万元')).toMatchObject({ approx: true });
  });

  it('turns 一是…四是 into points and leaves the founding years out', () => {
    expect(report.pillars[2]!.sections[0]!.points.map((p) => p.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是']);
    expect(allMetrics(report).some((m) => /^(?:19|20)\d\d年/.test(m.raw))).toBe(false);
  });
});

describe('2024 national work report (一、（一）, —— lead-ins, 一是…六是, long)', async () => {
  const { report, sourceText } = await importFile(sharedSample('state-council-2024-work-report.txt'));

  it('reads title, subtitle, date and speaker', () => {
    expect(report.title).toBe('政府工作报告');
    expect(report.subtitle).toMatch(/^2024年3月5日在第十四届全国人民代表大会/);
    expect(report.meta).toMatchObject({ date: '2024-03-05', author: '李强' });
  });

  it('has the three parts as pillars, the task part as outlook, （一）…（十） as its sections', () => {
    expect(report.pillars.map((p) => [p.title, p.kind])).toEqual([
      ['2023年工作回顾', 'pillar'],
      ['2024年经济社会发展总体要求和政策取向', 'pillar'],
      ['2024年政府工作任务', 'outlook'],
    ]);
    expect(report.pillars[2]!.sections).toHaveLength(10);
    expect(report.pillars[2]!.sections[0]).toMatchObject({ title: '大力推进现代化产业体系建设', headline: '加快发展新质生产力' });
  });

  it('makes the —— lead-ins and 一是…六是 of the review its sections', () => {
    const titles = report.pillars[0]!.sections.map((s) => s.title);
    expect(titles.slice(0, 7)).toEqual(['经济总体回升向好', '现代化产业体系建设取得重要进展', '科技创新实现新的突破', '改革开放向纵深推进', '安全发展基础巩固夯实', '生态环境质量稳中改善', '民生保障有力有效']);
    expect(titles).toContain('加大宏观调控力度');
  });

  it('reads the headline figures and targets', () => {
    expect(find(report, '126万亿元')).toMatchObject({ label: '国内生产总值', value: 126e12, approx: true, change: { direction: 'up', value: 5.2 } });
    expect(find(report, '1244万人')).toMatchObject({ label: '城镇新增就业', value: 12440000 });
    expect(find(report, '1.39万亿斤')).toMatchObject({ value: 1.39e12, unit: '斤' });
    expect(find(report, '1200万人以上')).toMatchObject({ value: 12000000, approx: true });
    expect(find(report, '4.06万亿元')).toMatchObject({ label: '赤字规模' });
  });

  it('leaves out 75周年, C919, 5G, 二十届 and years', () => {
    const raws = allMetrics(report).map((m) => m.raw);
    for (const name of ['75周年', '919', '二十届', '2023年']) expect(raws.some((raw) => raw.includes(name))).toBe(false);
    expect(spansHold(report, sourceText)).toEqual([]);
  });
});

describe('an English annual review in Markdown', async () => {
  const { report, sourceText } = await importFile(fixture('riverside-annual-review.md'));

  it('reads title, subtitle and meta', () => {
    expect(report).toMatchObject({ title: 'Riverside Borough Council', subtitle: 'Annual Review 2023/24', meta: { date: '2024-05-14', author: 'Helen Marsh' } });
    expect(report.lead).toMatch(/^Riverside had a year of steady progress/);
  });

  it('has the ## headings as pillars and bold lead-ins as sections, the last part the outlook', () => {
    expect(report.pillars.map((p) => [p.title, p.kind, p.sections.map((s) => s.title)])).toEqual([
      ['Housing and regeneration', 'pillar', ['New homes', 'Empty properties']],
      ['Economy and jobs', 'pillar', ['Business growth', 'Skills']],
      ['Environment', 'pillar', ['Recycling', 'Energy']],
      ['Finances', 'pillar', ['Finances']],
      ['Looking ahead', 'outlook', ['Priorities for 2024/25']],
    ]);
  });

  it('reads £, %, m, thousands separators and attaches changes', () => {
    expect(find(report, '£61.2m')).toMatchObject({ label: 'Business rates income', value: 61200000, unit: '£', change: { direction: 'up', value: 4.1, unit: '%' } });
    expect(find(report, '640')).toMatchObject({ label: 'new homes', change: { direction: 'up', value: 18 } });
    expect(find(report, '12,000')).toMatchObject({ label: 'trees', value: 12000 });
    expect(find(report, '5.6%')).toMatchObject({ label: 'Youth unemployment', change: { direction: 'down', value: 2.3, unit: 'percentage points' } });
    expect(find(report, '430 jobs')).toMatchObject({ approx: true });
    expect(spansHold(report, sourceText)).toEqual([]);
  });

  it('leaves out the helpline, dates, times and years', () => {
    const raws = allMetrics(report).map((m) => m.raw);
    for (const raw of ['0800', '123', '4567', '21', '2024', '7']) expect(raws).not.toContain(raw);
  });
});
