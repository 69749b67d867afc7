import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from '../../../main/engine/ingest/paragraphs.js';
import { rawLines, toSourceLines } from '../../../main/engine/ingest/source-lines.js';
import { emptyTrace } from '../../../main/engine/ingest/trace.js';

const join = (text: string, language: 'zh' | 'en' = 'zh'): string[] => joinBrokenLines(toSourceLines(rawLines(text)), language, emptyTrace('txt', 'utf-8', language)).map((block) => block.text.text);
const long = '柏杨坝镇狠抓治理重复信访化解信访积案攻坚，成功调解矛盾纠纷34件，其中10年以上重复信访';

describe('joining lines broken inside a sentence', () => {
  it('joins a number and its unit split across lines, and a line that starts with punctuation', () => {
    expect(join(`${long}1\n件。开展矛盾纠纷大走访。`)).toEqual([`${long}1件。开展矛盾纠纷大走访。`]);
    expect(join(`${long}\n，继续推进工作。`)).toEqual([`${long}，继续推进工作。`]);
  });

  it('joins while a quote or bracket is open, or the line ends on 的/和', () => {
    expect(join('开展“学习强国\n”平台学习')).toEqual(['开展“学习强国”平台学习']);
    expect(join(`${long}的\n重要成果。`)).toEqual([`${long}的重要成果。`]);
  });

  it('keeps a finished sentence, a heading, a caption and a numbered line on their own', () => {
    const text = `${long}。\n聚焦主题教育，党建引领持续提升\n${long}2件\n一、主要工作\n柏杨坝镇青年读书会夜学\n${long}未完的句子没有标点\n坚持创优发展环境。持续优化企业服务。`;
    expect(join(text)).toHaveLength(7);
  });

  it('joins text wrapped at a fixed width within blank-line separated paragraphs (English)', () => {
    const wrapped = 'The council completed 640 new homes this year, up 18% on the\nprevious year, of which 212 were for social rent and 96 were\nbrought back into use.\n\nA second paragraph that is also long enough to be wrapped at\nthe same width as the first one was.\n\nShort line\n';
    expect(join(wrapped, 'en')).toEqual([
      'The council completed 640 new homes this year, up 18% on the previous year, of which 212 were for social rent and 96 were brought back into use.',
      'A second paragraph that is also long enough to be wrapped at the same width as the first one was.',
      'Short line',
    ]);
  });
});
