import { describe, expect, it } from 'vitest';
import { explainImport } from '../../../main/engine/ingest/explain.js';
import { importText } from '../../../main/engine/ingest/import-report.js';
import { htmlDepth } from '../../../main/engine/ingest/html-depth.js';
import { parseChineseNumeral } from '../../../main/engine/ingest/numbers/chinese-numerals.js';

describe('explainImport', () => {
  it('says what was dropped and why each heading is one, with line numbers', () => {
    const { trace } = importText(['年度报告', '【打印】【关闭】', '一、主要工作', '全年完成投资5亿元，同比增长8%。', '2023年是关键一年。', '郑重声明：本文版权归原作者所有'].join('\n'));
    const lines = explainImport(trace);
    expect(lines[0]).toBe('Read as TXT (text), Chinese text.');
    expect(lines).toContain('  line 2  【打印】  — page buttons (font size, print, favourites…)');
    expect(lines).toContain('  line 6  郑重声明：本文版权归原作者所有  — copyright notice');
    expect(lines.some((line) => /line 3 {2}pillar +主要工作 {2}— numbered "一、" line/.test(line))).toBe(true);
    expect(lines).toContain('  line 5  2023年  — a year');
  });
});

describe('small readers', () => {
  it.each([
    ['二十三', 23],
    ['一百零五', 105],
    ['两', 2],
    ['千万', 1e7],
    ['一亿二千万', 1.2e8],
    ['一万亿', 1e12],
    ['二三', undefined],
    ['近', undefined],
  ])('Chinese numeral %s', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('measures HTML nesting linearly, ignoring void and self-closed tags', () => {
    expect(htmlDepth('<div><p>a<br><img src=x><span/></p></div>')).toBe(2);
    expect(htmlDepth('<div>'.repeat(900))).toBe(900);
  });
});
