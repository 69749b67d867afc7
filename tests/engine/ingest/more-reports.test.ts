/**
 * Report shapes beyond the shared samples, written for these tests: a statistics bulletin (issuer line, full-width
 * indents, 按不变价格计算 between a figure and its growth), a bureau's annual summary (年度, 一是…二是… in one
 * paragraph under 存在的问题) and an English council performance report in plain text.
 */
import { describe, expect, it } from 'vitest';
import type { Metric, Report } from '../../../main/engine/report/schema.js';
import { allMetrics, fixture, importFile, spansHold } from './support/samples.js';

const find = (report: Report, raw: string): Metric | undefined => allMetrics(report).find((m) => m.raw === raw);

describe('a statistics bulletin', async () => {
  const { report, sourceText } = await importFile(fixture('statistics-bulletin.txt'));

  it('reads the issuer and date under the title as meta, not as a caption', () => {
    expect(report.meta).toEqual({ organization: '某市统计局', period: '2023年', date: '2024-03-20' });
    expect(report.pillars.flatMap((p) => p.sections.flatMap((s) => s.captions))).toEqual([]);
  });

  it('has the numbered parts as pillars and attaches a growth rate across 按不变价格计算', () => {
    expect(report.pillars.map((p) => p.title)).toEqual(['综合', '农业', '工业和建筑业', '固定资产投资']);
    expect(find(report, '2856.3亿元')).toMatchObject({ label: '地区生产总值', value: 285630000000, change: { direction: 'up', value: 6.1, raw: '比上年增长6.1%' } });
    expect(find(report, '386.5千公顷')).toMatchObject({ value: 386500, unit: '公顷' });
    expect(find(report, '6.9:38.6:54.5')).toBeUndefined();
    expect(spansHold(report, sourceText)).toEqual([]);
  });
});

describe('a bureau annual summary', async () => {
  const { report } = await importFile(fixture('bureau-annual-summary.txt'));

  it('reads 2023年度 as the period and the three parts, the plan as outlook', () => {
    expect(report.meta.period).toBe('2023年度');
    expect(report.pillars.map((p) => [p.title, p.kind])).toEqual([
      ['工作开展情况', 'pillar'],
      ['存在的问题', 'pillar'],
      ['2024年工作打算', 'outlook'],
    ]);
    expect(report.pillars[0]!.sections.map((s) => s.title)).toEqual(['狠抓项目建设', '优化营商环境', '保障改善民生']);
  });

  it('keeps 一是…二是… in one paragraph as points, not as a section', () => {
    const problems = report.pillars[1]!.sections;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.points).toEqual(['一是项目储备不足，大项目偏少', '二是要素保障压力较大']);
  });

  it('reads completion rates, plans and targets', () => {
    expect(find(report, '108.7%')).toMatchObject({ label: '占年度计划', unit: '%' });
    expect(find(report, '40亿元以上')).toMatchObject({ value: 4e9, approx: true });
  });
});

describe('an English council report in plain text', async () => {
  const { report } = await importFile(fixture('council-performance.txt'));

  it('takes the line under the title as its subtitle and lone Title Case lines as pillars', () => {
    expect(report).toMatchObject({ title: 'LONDON BOROUGH OF EXAMPLE', subtitle: 'Cabinet report: Quarter 2 performance 2024/25' });
    expect(report.pillars.map((p) => p.title)).toEqual(['Summary', 'Housing', 'Adult social care', 'Finance', 'Recommendations']);
  });

  it('joins the wrapped lines and reads the figures', () => {
    expect(report.pillars[0]!.sections[0]!.paragraphs[0]).toContain('34 of the 48 indicators are on target (71%)');
    expect(find(report, '1,840 households')).toMatchObject({ label: 'Temporary accommodation use', value: 1840, change: { direction: 'down', value: 6 } });
    expect(find(report, '92%')).toMatchObject({ label: 'reviews' });
    expect(find(report, '£352m')).toMatchObject({ label: 'net budget', value: 352000000, unit: '£' });
    expect(allMetrics(report).map((m) => m.raw)).not.toContain('020');
  });
});
