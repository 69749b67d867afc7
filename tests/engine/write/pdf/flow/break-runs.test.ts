import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { mayNotStartLine } from '../../../../../main/engine/layout/line-break-rules.js';
import { breakRuns } from '../../../../../main/engine/write/pdf/flow/break-runs.js';
import { plainOf, type StyledRun } from '../../../../../main/engine/write/pdf/flow/styled-run.js';
import { textMetrics, type TextMetrics } from '../../../../../main/engine/write/pdf/text-metrics.js';

let measure: TextMetrics;
beforeAll(() => {
  measure = textMetrics();
});

const run = (text: string, bold = false): StyledRun => ({ text, bold });
const lines = (runs: StyledRun[], width: number, size = 10) => breakRuns(measure, runs, size, width).map((line) => ({ text: plainOf(line.runs), last: line.last, runs: line.runs }));

describe('breakRuns', () => {
  it('fills lines to the width with the embedded font\'s own advances', () => {
    const text = '一二三四五六七八九十'.repeat(3);
    expect(lines([run(text)], 100).map((line) => line.text)).toEqual(['一二三四五六七八九十', '一二三四五六七八九十', '一二三四五六七八九十']);
  });

  it('keeps a number with its unit and never starts a line with closing punctuation', () => {
    const broken = lines([run('全镇粮食种植面积达13.9万亩，同比增长2.93%。')], 95).map((line) => line.text);
    expect(broken.join('')).toBe('全镇粮食种植面积达13.9万亩，同比增长2.93%。');
    expect(broken.some((line) => line.includes('13.9万亩'))).toBe(true);
    for (const line of broken.slice(1)) expect(mayNotStartLine(line[0] ?? '')).toBe(false);
  });

  it('cuts the runs where the text breaks, keeping each run\'s look', () => {
    const [first, second] = lines([run('加粗的标题', true), run('：后面是普通的正文内容')], 90);
    expect(first?.runs.map((r) => [r.text, r.bold])).toEqual([['加粗的标题', true], ['：后面是', false]]);
    expect(second?.runs.map((r) => r.bold)).toEqual([false]);
  });

  it('ends lines at hard breaks and marks the last line of each', () => {
    expect(lines([run('第一段\n第二段很长很长很长很长')], 60).map((line) => [line.text, line.last])).toEqual([
      ['第一段', true],
      ['第二段很长很', false],
      ['长很长很长', true],
    ]);
  });

  it('drops the spaces where latin text breaks, and cuts a word wider than the line', () => {
    expect(lines([run('alpha beta gamma')], 40).map((line) => line.text)).toEqual(['alpha', 'beta', 'gamma']);
    const url = lines([run('https://example.com/a/very/long/path/that/cannot/fit')], 60).map((line) => line.text);
    expect(url.join('')).toBe('https://example.com/a/very/long/path/that/cannot/fit');
    expect(url.length).toBeGreaterThan(2);
  });

  it('never loses text and never overfills a line that has a place to break', () => {
    const alphabet = fc.constantFrom(...'汇报材料粮食面积万亩同比增长，。、（）“”0123456789.% ab'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, minLength: 1, maxLength: 120 }), fc.integer({ min: 40, max: 300 }), (text, width) => {
        const broken = lines([run(text)], width);
        expect(broken.map((line) => line.text).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        for (const line of broken) {
          const fits = measure.width(line.text, 10, false) <= width + 1e-6;
          expect(fits || !/[\u4e00-\u9fff]{2}/.test(line.text) || line.text.length <= 3).toBe(true);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
