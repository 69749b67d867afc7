/** The code editor's line and column arithmetic: where a problem's caret goes, how many gutter numbers to draw. */
import { describe, expect, it } from 'vitest';
import { lineCount, offsetOf, problemLines } from '../../../renderer/src/template-editor/code-position.js';

describe('code positions', () => {
  const source = '第一行\n  {{nosuch report.title}}\n\nend';

  it('counts lines, an empty text and a final newline included', () => {
    expect(lineCount('')).toBe(1);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(2);
    expect(lineCount(source)).toBe(4);
  });

  it('puts the caret at a 1-based line and column', () => {
    expect(offsetOf(source, { line: 1, column: 1 })).toBe(0);
    expect(offsetOf(source, { line: 2, column: 3 })).toBe('第一行\n  '.length);
    expect(source.slice(offsetOf(source, { line: 2, column: 3 }))).toMatch(/^\{\{nosuch/);
    expect(offsetOf(source, { line: 4, column: 2 })).toBe(source.length - 2);
  });

  it('clamps places past the end of a line or of the text', () => {
    expect(offsetOf(source, { line: 1, column: 99 })).toBe('第一行'.length);
    expect(offsetOf(source, { line: 3, column: 5 })).toBe(source.indexOf('\n\n') + 1);
    expect(offsetOf(source, { line: 40, column: 1 })).toBe(source.length);
    expect(offsetOf(source, { line: 2, column: 0 })).toBe('第一行\n'.length);
  });

  it('marks each line with a problem once', () => {
    expect([...problemLines([{ line: 2, column: 3 }, { line: 2, column: 9 }, { line: 5, column: 1 }])]).toEqual([2, 5]);
    expect(problemLines([]).size).toBe(0);
  });
});
