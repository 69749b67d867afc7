/**
 * Heading styles real reports use, each in a small report: lone lines, 一、/（一）/1./1、/（1）, headings inline at a
 * paragraph's start (ending in 。 or ：), —— lead-ins, Markdown #, several levels, points and the outlook.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../../main/engine/ingest/import-report.js';
import type { Report } from '../../../main/engine/report/schema.js';

const outline = (report: Report): string[][] => report.pillars.map((p) => [p.subtitle ? `${p.title}｜${p.subtitle}` : p.title, ...p.sections.map((s) => (s.headline ? `${s.title}｜${s.headline}` : s.title))]);
const body = (n: number): string => `全年完成投资${n}万元，同比增长${n % 9}.5%，带动就业${n * 3}人，群众满意度持续提升。`;

describe('heading styles', () => {
  it('numbered 一、 pillars with （一） sections, and 1. subheadings kept in the text', () => {
    const { report, trace } = importText(['某县2023年工作总结', '一、主要成效', '（一）经济稳步增长', body(10), '1.工业', body(11), '（二）民生持续改善', body(12), '二、存在问题', body(13), '三、下一步工作打算', body(14)].join('\n'));
    expect(outline(report)).toEqual([['主要成效', '经济稳步增长', '民生持续改善'], ['存在问题', '存在问题'], ['下一步工作打算', '下一步工作打算']]);
    expect(report.pillars[0]!.sections[0]!.paragraphs.join('')).toContain('1.工业');
    expect(report.pillars.map((p) => p.kind)).toEqual(['pillar', 'pillar', 'outlook']);
    expect(trace.headings.find((h) => h.text === '工业')?.role).toBe('subheading');
  });

  it('1、 and （1） headings when they are the top levels', () => {
    const { report } = importText(['报告', '1、项目建设', '（1）交通', body(1), '（2）水利', body(2), '2、招商引资', body(3)].join('\n'));
    expect(outline(report)).toEqual([['项目建设', '交通', '水利'], ['招商引资', '招商引资']]);
  });

  it('lone lines as pillars, inline headings as sections, split into title and headline', () => {
    const text = ['某镇工作回顾', '聚焦产业发展，经济实力持续增强', `抓项目建设，增强发展后劲。${body(20)}`, `抓招商引资，激发市场活力。${body(21)}`, '坚持民生优先 群众福祉不断增进', `教育医疗齐提升。${body(22)}`, `社会保障全覆盖。${body(23)}`].join('\n');
    expect(outline(importText(text).report)).toEqual([
      ['聚焦产业发展｜经济实力持续增强', '抓项目建设｜增强发展后劲', '抓招商引资｜激发市场活力'],
      ['坚持民生优先｜群众福祉不断增进', '教育医疗齐提升', '社会保障全覆盖'],
    ]);
  });

  it('headings inline at a paragraph start with a number: （四）…。, 一是…。, ——…。', () => {
    const text = ['报告', '一、总体情况', `——经济总体回升向好。${body(1)}`, `——民生保障有力有效。${body(2)}`, '二、重点工作', `（四）能源利用效率提高印证增长。${body(3)}`, `（五）市场主体活力增强。${body(4)}`, '三、具体措施', `一是加大宏观调控力度，推动经济运行持续好转。${body(5)}`, `二是依靠创新引领产业升级。${body(6)}`].join('\n');
    expect(outline(importText(text).report)).toEqual([
      ['总体情况', '经济总体回升向好', '民生保障有力有效'],
      ['重点工作', '能源利用效率提高印证增长', '市场主体活力增强'],
      ['具体措施', '加大宏观调控力度｜推动经济运行持续好转', '依靠创新引领产业升级'],
    ]);
  });

  it('headings that end in a colon, with half-width and full-width punctuation alike', () => {
    const text = ['经济运行分析', '一、工业生产', `从行业看,重点行业增长较快:${body(5)}`, `从区域看，县域工业贡献突出：${body(6)}`].join('\n');
    expect(outline(importText(text).report)).toEqual([['工业生产', '总体情况', '从行业看｜重点行业增长较快', '从区域看｜县域工业贡献突出']].map((row) => row.filter((t) => t !== '总体情况')));
  });

  it('Markdown # title with ## pillars and ### sections', () => {
    const md = ['# 年度报告', '', '## 经济发展', '', '### 工业', '', body(7), '', '### 农业', '', body(8), '', '## 下一步打算', '', body(9)].join('\n');
    const { report } = importText(md, { format: 'md' });
    expect(report.title).toBe('年度报告');
    expect(outline(report)).toEqual([['经济发展', '工业', '农业'], ['下一步打算', '下一步打算']]);
    expect(report.pillars[1]!.kind).toBe('outlook');
  });

  it('text before a pillar\'s first section becomes 总体情况 when it holds figures', () => {
    const { report } = importText(['报告', '一、经济运行', body(30), `从产业看，三次产业协调发展：${body(31)}`, `从区域看，县域经济贡献突出：${body(32)}`].join('\n'));
    expect(outline(report)).toEqual([['经济运行', '总体情况', '从产业看｜三次产业协调发展', '从区域看｜县域经济贡献突出']]);
    expect(report.pillars[0]!.sections[0]!.metrics.map((m) => m.raw)).toEqual(['30万元', '90人']);
  });

  it('a report without headings makes each paragraph a part, the first one the lead', () => {
    const { report, trace } = importText(['一篇短讯', body(1), body(2), body(3)].join('\n'));
    expect(report.lead).toContain('1万元');
    expect(report.pillars).toHaveLength(2);
    expect(trace.notes.join()).toContain('no headings');
  });
});

describe('points and the outlook', () => {
  it('turns 一是/二是, ①②, （1）（2） inside a paragraph into points, only when they count up from one', () => {
    const text = ['报告', '一、工作', `抓好落实。一是强化组织领导；二是完善工作机制；三是加强督查考核。${body(1)}`, `狠抓重点。①税收收入完成46.8亿元；②非税收入完成11.4亿元。${body(2)}`, `推进改革。主要有（1）放管服改革，（2）国企改革。${body(3)}`, `完善制度。只有二是没有一是，不是列举。${body(4)}`].join('\n');
    const sections = importText(text).report.pillars[0]!.sections;
    // The last item runs to the end of its paragraph, as in the hand-made report.
    expect(sections.map((s) => s.points.map((p) => p.split('。')[0]))).toEqual([
      ['一是强化组织领导', '二是完善工作机制', '三是加强督查考核'],
      ['①税收收入完成46.8亿元', '②非税收入完成11.4亿元'],
      ['（1）放管服改革', '（2）国企改革'],
      [],
    ]);
    expect(sections[0]!.points[2]).toMatch(/^三是加强督查考核。全年完成投资/);
  });

  it('marks the closing part as outlook from its opening words when its title does not say so', () => {
    const text = ['报告', '聚焦产业，经济持续向好', `抓工业，稳增长。${body(1)}`, `抓农业，保供给。${body(2)}`, '坚如磐石守初心 只争朝夕稳向上', '目前工作取得一定成绩。下半年我镇将以更大力度推动各项工作。', `持续巩固成果。${body(3)}`, `加快发展产业。${body(4)}`].join('\n');
    const { report } = importText(text);
    expect(report.pillars.map((p) => p.kind)).toEqual(['pillar', 'outlook']);
    expect(report.pillars[1]!.sections[0]!.paragraphs[0]).toMatch(/^目前工作取得一定成绩/);
  });
});
