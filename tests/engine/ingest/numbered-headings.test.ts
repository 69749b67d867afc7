/**
 * Headings numbered past 九十九: 一百、, 一百零一、, 一百一十、, 两百、, 一百〇五、 and the （一百零一） form, as long
 * reports and compilations number them. Before, the 一、 pattern stopped at three characters, so 一百、 on became
 * lone lines one level down and a 200-part text imported as 99 pillars.
 */
import { describe, expect, it } from 'vitest';
import { readMarker } from '../../../main/engine/ingest/heading-markers.js';
import { importText } from '../../../main/engine/ingest/import-report.js';
import { chineseOrdinal } from '../../../main/engine/template/format/ordinal.js';

const topic = (n: number): string => `片区${n}建设成效`;
const body = (n: number): string => `全年完成投资${n}万元，同比增长${n % 9}.5%，带动就业${n * 3}人，群众满意度持续提升。`;
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('pillars numbered past 九十九', () => {
  const numbers = range(1, 200);
  const { report, trace } = importText(['某区重点片区建设情况汇编', ...numbers.flatMap((n) => [`${chineseOrdinal(n)}、${topic(n)}`, body(n)])].join('\n'));

  it('imports a 200-part text as 200 pillars, in order', () => {
    expect(report.pillars).toHaveLength(200);
    expect(report.pillars.map((pillar) => pillar.title)).toEqual(numbers.map(topic));
    expect(report.pillars.map((pillar) => pillar.id)).toEqual(numbers.map((n) => `p${n}`));
  });

  it('keeps each part\'s own text and figures under its heading', () => {
    expect(report.pillars[100]!.sections[0]!.paragraphs).toEqual([body(101)]);
    const metrics = report.pillars[199]!.sections[0]!.metrics;
    expect(metrics.map((metric) => metric.raw)).toEqual(['200万元', '600人']);
    expect(metrics[0]!.change).toMatchObject({ direction: 'up', value: 2.5, unit: '%' });
  });

  it('says each heading is a numbered line, whatever its number', () => {
    const pillars = trace.headings.filter((heading) => heading.role === 'pillar');
    expect(pillars).toHaveLength(200);
    expect(pillars[100]!.reason).toBe('numbered "一百零一、" line');
    expect(pillars[109]!.reason).toBe('numbered "一百一十、" line');
    expect(pillars[199]!.reason).toBe('numbered "二百、" line');
  });
});

describe('other ways of writing numbers past 九十九', () => {
  it('reads 两百、, 〇 for 零, full-width and half-width dots and spaces before the mark as the same level', () => {
    const heads = ['九十九、', '一百．', '一百〇一、', '一百零二.', '一百十三 、', '一百九十九、', '两百、', '两百零一、'];
    const { report } = importText(['汇编', ...heads.flatMap((head, i) => [`${head}${topic(i)}`, body(i + 1)])].join('\n'));
    expect(report.pillars.map((pillar) => pillar.title)).toEqual(heads.map((_, i) => topic(i)));
  });

  it('reads （一百零一） and (一百零二) sections under a pillar, full-width and half-width brackets alike', () => {
    const sections = range(1, 120);
    const paren = (n: number): string => (n % 2 ? `（${chineseOrdinal(n)}）` : `(${chineseOrdinal(n)})`);
    const { report } = importText(['汇编', '一、重点项目', ...sections.flatMap((n) => [`${paren(n)}${topic(n)}`, body(n)]), '二、下一步工作', body(0)].join('\n'));
    expect(report.pillars.map((pillar) => pillar.title)).toEqual(['重点项目', '下一步工作']);
    expect(report.pillars[0]!.sections.map((section) => section.title)).toEqual(sections.map(topic));
  });

  it('starts a new paragraph at 一百零一、 even when the line before breaks off mid-phrase', () => {
    const { report, trace } = importText(['汇编', '一百、产业发展', '全镇围绕特色产业持续发力，推动一二三产业融合发展的', '一百零一、社会事业', body(2)].join('\n'));
    expect(report.pillars.map((pillar) => pillar.title)).toEqual(['产业发展', '社会事业']);
    expect(trace.joined).toEqual([]);
  });
});

describe('numbering marks', () => {
  it.each([
    ['一百零一、加强基层治理', 'cn-dun', 5],
    ['两百．完善体制机制', 'cn-dun', 3],
    ['（一百二十）推进项目建设', 'cn-paren', 6],
    ['(一百〇五) 推进项目建设', 'cn-paren', 7],
    ['第一百零一节 总则', 'section-cn', 7],
  ])('%s is numbered %s, the mark %d characters long', (text, family, length) => {
    expect(readMarker(text, 'zh')).toMatchObject({ family, length, item: false });
  });

  it.each([
    '二三、四月份降水偏少，旱情露头',
    '百、千、万元户大量涌现',
    '一百五、这样的简写',
    '二〇二四、全年工作回顾',
    '（零）补充说明',
  ])('%s does not open with a heading number', (text) => {
    expect(readMarker(text, 'zh')).toBeUndefined();
  });
});
