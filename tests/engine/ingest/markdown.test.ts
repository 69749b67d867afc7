import { describe, expect, it } from 'vitest';
import { MappedText } from '../../../main/engine/ingest/mapped-text.js';
import { readMarkdownLines, stripInline } from '../../../main/engine/ingest/markdown.js';
import { rawLines } from '../../../main/engine/ingest/source-lines.js';

const read = (md: string): { text: string; hint?: string }[] =>
  readMarkdownLines(rawLines(md)).map((line) => ({ text: line.text.text, ...(line.hint ? { hint: line.hint.kind === 'heading' ? `h${line.hint.level}` : line.hint.kind } : {}) }));

describe('Markdown lines', () => {
  it('reads ATX and underlined headings, bullets, quotes and rules', () => {
    expect(read('# 标题 #\n副标题\n---\n- 第一项\n> 引用的话\n***\n正文')).toEqual([
      { text: '标题', hint: 'h1' },
      { text: '副标题', hint: 'h2' },
      { text: '---', hint: 'drop' },
      { text: '第一项', hint: 'item' },
      { text: '引用的话' },
      { text: '***', hint: 'drop' },
      { text: '正文' },
    ]);
  });

  it('drops code blocks and table rules and headers, reads rows label first', () => {
    expect(read('```\ncode 123\n```\n| 指标 | 数值 | 增速 |\n|---|---:|---|\n| GDP | 1228亿元 | 1.5% |')).toEqual([
      { text: '```', hint: 'drop' },
      { text: 'code 123', hint: 'drop' },
      { text: '```', hint: 'drop' },
      { text: '| 指标 | 数值 | 增速 |', hint: 'drop' },
      { text: '|---|---:|---|', hint: 'drop' },
      { text: 'GDP：1228亿元，1.5%', hint: 'row' },
    ]);
  });

  it('marks bold lines as headings and bold openings as lead-ins', () => {
    expect(read('**工作成效**\n**以学铸魂。**柏杨坝镇坚持学习')).toEqual([
      { text: '工作成效', hint: 'bold' },
      { text: '以学铸魂。柏杨坝镇坚持学习', hint: 'lead-in' },
    ]);
  });

  it('strips inline markup but keeps every character\'s source offset', () => {
    const source = '完成**投资**[5亿元](http://x)，`见`![图](a.png)\\*注';
    const stripped = stripInline(MappedText.fromSource(source));
    expect(stripped.text).toBe('完成投资5亿元，见*注');
    const at = stripped.text.indexOf('5亿元');
    const span = stripped.contiguousSpan(at, at + 3)!;
    expect(source.slice(span.start, span.end)).toBe('5亿元');
  });

  it('keeps snake_case and lone brackets as text', () => {
    expect(stripInline(MappedText.fromSource('file_name [注] a < b')).text).toBe('file_name [注] a < b');
  });
});
