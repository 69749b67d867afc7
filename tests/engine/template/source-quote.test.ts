import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteForMetric, sentenceAround } from '../../../main/engine/template/source-quote.js';
import { validateReport } from '../../../main/engine/report/validate.js';

const sourceText = readFileSync('assets/samples/baiyangba-2023-q1q3.txt', 'utf8');
const report = validateReport(JSON.parse(readFileSync('assets/samples/baiyangba-2023-q1q3.report.json', 'utf8')));
const sections = report.pillars.flatMap((pillar) => pillar.sections);
const located = sections.flatMap((section) => section.metrics.map((metric) => ({ metric, section })));

describe('source sentences for speaker notes', () => {
  it('expands the offsets into the source text to the whole sentence', () => {
    const entry = located.find(({ metric }) => metric.raw === '27次');
    if (!entry) throw new Error('sample changed');
    expect(quoteForMetric(entry.metric, entry.section, { sourceText })).toBe('“两会”精神等内容为重点,落实集中学习27次,中心组研讨交流8次,撰写学习理论文章24篇。');
  });

  it('ends a quote at a semicolon and keeps long sentences to the clauses around the number', () => {
    const text = '一是抓项目,完成固投1.68亿元;三是加强项目争取。';
    const at168 = text.indexOf('1.68亿元');
    expect(sentenceAround(text, at168, at168 + '1.68亿元'.length, '1.68亿元')).toBe('一是抓项目,完成固投1.68亿元');
    const long = `${'前面的话很长，'.repeat(20)}全年完成投资5亿元，${'后面的话也很长，'.repeat(20)}结束。`;
    const at = long.indexOf('5亿元');
    const quote = sentenceAround(long, at, at + 3, '5亿元');
    expect(quote).toContain('全年完成投资5亿元');
    expect(quote.startsWith('…') && quote.endsWith('…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(142);
  });

  it('finds every sample number in its sentence with the source text, and without it from the paragraphs', () => {
    for (const { metric, section } of located) {
      const withSource = quoteForMetric(metric, section, { sourceText });
      const withoutSource = quoteForMetric(metric, section, {});
      expect(withSource, metric.id).toContain(metric.raw);
      expect(withoutSource, metric.id).toContain(metric.raw);
    }
  });

  it('falls back to the paragraphs when the offsets no longer point at the number', () => {
    const entry = located.find(({ metric }) => metric.raw === '13.9万亩');
    if (!entry) throw new Error('sample changed');
    const edited = `前言。${sourceText}`;
    const quote = quoteForMetric(entry.metric, entry.section, { sourceText: edited });
    expect(quote).toContain('13.9万亩');
    expect(quote).toBe(quoteForMetric(entry.metric, entry.section, {}));
  });

  it('gives "" when the number is nowhere to be found', () => {
    const metric = { raw: '999亿元', source: { start: 0, end: 3 } };
    expect(quoteForMetric(metric, { paragraphs: ['没有这个数。'], points: [], captions: [] }, { sourceText: 'abc' })).toBe('');
  });
});
