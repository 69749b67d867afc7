import { describe, expect, it } from 'vitest';
import { cleanUp } from '../../../main/engine/ingest/clean-up.js';
import { clutterVerdict } from '../../../main/engine/ingest/clutter.js';
import { readMetaLine } from '../../../main/engine/ingest/meta-lines.js';
import { rawLines, toSourceLines } from '../../../main/engine/ingest/source-lines.js';
import { emptyTrace } from '../../../main/engine/ingest/trace.js';

const clean = (text: string): { kept: string[]; trace: ReturnType<typeof emptyTrace>; meta: object } => {
  const trace = emptyTrace('txt', 'utf-8', 'zh');
  const result = cleanUp(toSourceLines(rawLines(text)), trace);
  return { kept: result.lines.map((line) => line.text.text), trace, meta: result.meta };
};

describe('web clutter', () => {
  it('drops button bars inside a line and keeps the rest of the line', () => {
    const { kept, meta, trace } = clean('标题\n2023/10/12 11:10:30 来源:某某网 【字体:大 中 小】【收藏本页】【打印】【关闭】\n' + '正文'.repeat(40));
    expect(kept).toEqual(['标题', '正文'.repeat(40)]);
    expect(meta).toEqual({ date: '2023-10-12', source: '某某网' });
    expect(trace.dropped.map((d) => d.text)).toEqual(['【字体:大 中 小】', '【收藏本页】', '【打印】', '【关闭】']);
  });

  it.each([
    ['下载', 'page buttons'],
    ['打印 | 全屏 | 收藏', 'page buttons'],
    ['字号：大 中 小', 'page buttons'],
    ['-', 'no words'],
    ['核心提示：本文讲了什么', 'teaser'],
    ['郑重声明：本文版权归原作者所有', 'copyright'],
    ['版权所有 © 某某网', 'copyright'],
    ['责任编辑：张三', 'editor'],
    ['（完）', 'end mark'],
    ['各位代表：', 'salutation'],
    ['Share this article', 'page furniture'],
  ])('drops "%s" as %s', (line, reason) => {
    expect(clutterVerdict(line)?.reason).toContain(reason);
  });

  it('keeps content lines that merely mention such words', () => {
    for (const line of ['下载量增长12%', '打印机采购12台，完成收藏品登记', '以学铸魂，坚定理想信念', '中心组研讨交流8次']) expect(clutterVerdict(line)).toBeUndefined();
  });

  it('drops a "related articles" list at the end, but not a long paragraph after such a word', () => {
    expect(clean('标题\n' + '正文。'.repeat(30) + '\n相关报道\n另一篇文章的标题\n又一篇').kept).toHaveLength(2);
    expect(clean('标题\n相关报道\n' + '这是一段很长的正文，'.repeat(10)).kept).toHaveLength(2);
  });
});

describe('meta lines', () => {
  it.each([
    ['文 / 闫鹏飞', { author: '闫鹏飞' }],
    ['来源：新华网  2024-03-05', { source: '新华网' }],
    ['发布时间：2023年10月12日 来源：人民网 作者：张三', { date: '2023-10-12', source: '人民网', author: '张三' }],
    ['By Jane Smith', { author: 'Jane Smith' }],
    ['Published: 5 March 2024', { date: '2024-03-05' }],
    ['2024-03-05', { date: '2024-03-05' }],
  ])('reads %s', (line, meta) => {
    expect(readMetaLine(line)).toEqual(meta);
  });

  it('does not read running text as meta', () => {
    for (const line of ['时间紧任务重，全镇上下齐心协力', '来源于群众的意见建议得到落实', '2023年全镇完成投资1.5亿元']) expect(readMetaLine(line)).toBeUndefined();
  });

  it('reads meta only near the top and bottom of the article', () => {
    const body = Array.from({ length: 8 }, (_, i) => `第${i}段正文，内容足够长，超过六十个字符，这样读者就知道文章正文已经开始了，页眉部分已经结束，后面不再是文章信息，而是报告本身的内容。`).join('\n');
    const { kept } = clean(`标题\n${body}\n作者：张三\n${body}`);
    expect(kept).toContain('作者：张三');
  });
});
