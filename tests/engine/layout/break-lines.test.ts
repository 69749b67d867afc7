import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { breakLines } from '../../../main/engine/layout/break-lines.js';
import type { FontMetrics } from '../../../main/engine/layout/font-metrics.js';
import { mayNotEndLine, mayNotStartLine } from '../../../main/engine/layout/line-break-rules.js';
import { textWidthPt } from '../../../main/engine/layout/measure.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';

let metrics: FontMetrics;
beforeAll(async () => {
  metrics = await bundledMetrics();
});

const width = (line: string, size = 10): number => textWidthPt(metrics, line, size, false);
const em = (count: number, size = 10): number => count * size;

describe('breakLines', () => {
  it('keeps text that fits on one line', () => {
    expect(breakLines(metrics, '汇报材料', 10, em(4), false)).toEqual(['汇报材料']);
  });

  it('breaks Chinese between ideographs', () => {
    expect(breakLines(metrics, '一二三四五六七八', 10, em(3), false)).toEqual(['一二三', '四五六', '七八']);
  });

  it('never starts a line with closing punctuation: the character before moves down with it', () => {
    expect(breakLines(metrics, '一二三，四五', 10, em(3), false)).toEqual(['一二', '三，四', '五']);
    expect(breakLines(metrics, '一二三。”四', 10, em(3), false)).toEqual(['一二', '三。”', '四']);
  });

  it('never ends a line with an opening bracket or quote', () => {
    expect(breakLines(metrics, '一二（三四', 10, em(3), false)).toEqual(['一二', '（三四']);
    expect(breakLines(metrics, '一二“三”', 10, em(3), false)).toEqual(['一二', '“三”']);
  });

  it('keeps numbers whole with their percent sign or unit', () => {
    const lines = breakLines(metrics, '同比增长23.5%，产值达2,500万元，面积13.9万亩', 10, em(7), false);
    expect(lines.join('')).toBe('同比增长23.5%，产值达2,500万元，面积13.9万亩');
    for (const token of ['23.5%，', '2,500万元，', '13.9万亩']) expect(lines.some((line) => line.includes(token))).toBe(true);
  });

  it('keeps 个百分点 and 余 with their number', () => {
    const lines = breakLines(metrics, '提高了2.93个百分点和5000余人', 10, em(8), false);
    expect(lines.some((line) => line.includes('2.93个百分点'))).toBe(true);
    expect(lines.some((line) => line.includes('5000余人'))).toBe(true);
  });

  it('breaks latin text at spaces and drops the space at the break', () => {
    const lines = breakLines(metrics, 'alpha beta gamma delta', 10, Math.max(width('alpha beta'), width('gamma delta')) + 0.01, false);
    expect(lines).toEqual(['alpha beta', 'gamma delta']);
  });

  it('breaks a word wider than a line by character', () => {
    const lines = breakLines(metrics, 'abcdefghijklmnopqrstuvwxyz', 10, width('abcdefgh'), false);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('abcdefghijklmnopqrstuvwxyz');
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(width('abcdefgh') + 1e-6);
  });

  it('keeps …… and —— in one piece', () => {
    const lines = breakLines(metrics, '一二三四……五六——七', 10, em(5), false);
    expect(lines.join('')).toBe('一二三四……五六——七');
    expect(lines.some((line) => line.includes('……'))).toBe(true);
    expect(lines.some((line) => line.includes('——'))).toBe(true);
  });

  it('honours hard line breaks and keeps empty lines', () => {
    expect(breakLines(metrics, '一二\n\r\n三', 10, em(10), false)).toEqual(['一二', '', '三']);
  });

  it('keeps a full-width indent', () => {
    expect(breakLines(metrics, '\u3000\u3000一二三', 10, em(10), false)).toEqual(['\u3000\u3000一二三']);
  });

  it('puts a character wider than the line on a line of its own', () => {
    expect(breakLines(metrics, '一二', 10, 5, false)).toEqual(['一', '二']);
  });

  it('refuses a non-positive width or size', () => {
    expect(() => breakLines(metrics, '一', 10, 0, false)).toThrow(RangeError);
    expect(() => breakLines(metrics, '一', Number.NaN, 10, false)).toThrow(RangeError);
  });
});

/** Text from the characters reports are made of: ideographs, digits, latin, spaces and both kinds of punctuation. */
const reportText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...Array.from('汇报白杨坝村产值面积增长农业粮食种植认证')) },
      { weight: 2, arbitrary: fc.constantFrom(...Array.from('0123456789.,%')) },
      { weight: 2, arbitrary: fc.constantFrom('GDP', 'PPT', 'alpha', 'x', 'Huibao') },
      { weight: 1, arbitrary: fc.constantFrom(' ', '  ') },
      { weight: 2, arbitrary: fc.constantFrom(...Array.from('，。、；：？！）」』”》%')) },
      { weight: 1, arbitrary: fc.constantFrom(...Array.from('（「『“《')) },
      { weight: 1, arbitrary: fc.constantFrom('……', '——', '万元', '个百分点') },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

/** Each line must appear in the input, in order: nothing lost, added or reordered, only break spaces removed. */
function linesFollowInput(input: string, lines: readonly string[]): boolean {
  let at = 0;
  for (const line of lines) {
    const found = input.indexOf(line, at);
    if (found < 0 || input.slice(at, found).trim() !== '') return false;
    at = found + line.length;
  }
  return input.slice(at).trim() === '';
}

describe('breakLines properties', () => {
  const widths = fc.integer({ min: 4, max: 40 });
  const sizes = fc.constantFrom(9, 10.5, 12, 18, 28);

  it('never loses or reorders characters', () => {
    fc.assert(
      fc.property(reportText, widths, sizes, (text, ems, size) => {
        const lines = breakLines(metrics, text, size, ems * size, false);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        expect(linesFollowInput(text, lines)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('fits every line in the width unless it is a single character', () => {
    fc.assert(
      fc.property(reportText, fc.double({ min: 5, max: 500, noNaN: true }), sizes, fc.boolean(), (text, maxWidth, size, bold) => {
        for (const line of breakLines(metrics, text, size, maxWidth, bold)) {
          if (Array.from(line).length > 1) expect(textWidthPt(metrics, line, size, bold)).toBeLessThanOrEqual(maxWidth + 1e-6);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('drops the spaces where a segment wider than the line is broken, and keeps the marks\' rules across them', () => {
    // Found by the property below with a random seed: "GDPGDP" and the comma after two spaces are one segment.
    const lines = breakLines(metrics, 'GDPGDP  ，', 10, 60, false);
    expect(lines).toEqual(['GDPGD', 'P  ，']);
    const spaced = breakLines(metrics, 'https://example.org/report  2023', 10, 80, false);
    expect(spaced.length).toBeGreaterThan(1);
    for (const line of spaced) expect(line).toBe(line.trim());
    expect(spaced.join('').replace(/\s/g, '')).toBe('https://example.org/report2023');
  });

  it('never starts a line with closing punctuation nor ends one with an opening bracket', () => {
    // Runs of at most three marks and lines at least six ems wide always leave a legal break point.
    const sane = reportText.filter((text) => !/[，。、；：？！）」』”》%]{4}|[（「『“《]{4}/.test(text.replace(/\s/g, '')));
    fc.assert(
      fc.property(sane, fc.integer({ min: 6, max: 30 }), (text, ems) => {
        const lines = breakLines(metrics, text, 10, ems * 10, false);
        lines.slice(1).forEach((line) => expect(mayNotStartLine(Array.from(line)[0] ?? '')).toBe(false));
        lines.slice(0, -1).forEach((line) => expect(mayNotEndLine(Array.from(line).at(-1) ?? '')).toBe(false));
        lines.forEach((line) => expect(line).toBe(line.trim() === '' ? '' : line.replace(/\s+$/, '')));
      }),
      { numRuns: 400 },
    );
  });
});
