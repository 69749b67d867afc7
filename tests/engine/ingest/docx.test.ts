import { describe, expect, it } from 'vitest';
import { importReport } from '../../../main/engine/ingest/import-report.js';
import { isInputError } from '../../../main/engine/errors.js';
import { makeDocx, type DocxParagraph } from './support/make-docx.js';

const importDocx = async (paragraphs: DocxParagraph[]): ReturnType<typeof importReport> => importReport({ name: 'r.docx', bytes: await makeDocx(paragraphs) });
const outline = (report: Awaited<ReturnType<typeof importReport>>['report']): string[][] => report.pillars.map((p) => [p.title, ...p.sections.map((s) => s.title)]);

describe('Word documents', () => {
  it('keeps the levels of bold numbered headings (一、 above （一）)', async () => {
    const { report } = await importDocx([
      { text: '某局2023年工作总结' },
      { text: '一、主要工作', boldPrefix: 99 },
      { text: '（一）抓项目建设', boldPrefix: 99 },
      { text: '全年实施项目45个，完成投资32.6亿元。' },
      { text: '（二）抓招商引资', boldPrefix: 99 },
      { text: '签约项目12个，总投资58亿元。' },
      { text: '二、下一步打算', boldPrefix: 99 },
      { text: '力争完成投资40亿元。' },
    ]);
    expect(outline(report)).toEqual([['主要工作', '抓项目建设', '抓招商引资'], ['下一步打算', '下一步打算']]);
    expect(report.pillars[1]!.kind).toBe('outlook');
  });

  it('reads heading styles named in Chinese (标题 1) and the Caption style', async () => {
    const { report } = await importDocx([
      { text: '年度报告', style: 'Title' },
      { text: '经济发展', style: 'WpsHeading1' },
      { text: '全年完成投资5亿元，同比增长8%。' },
      { text: '新建厂房竣工投产', style: 'Caption' },
      { text: '民生保障', style: 'WpsHeading1' },
      { text: '发放救助资金800万元。' },
    ]);
    expect(report.title).toBe('年度报告');
    expect(outline(report)).toEqual([['经济发展', '经济发展'], ['民生保障', '民生保障']]);
    expect(report.pillars[0]!.sections[0]!.captions).toEqual(['新建厂房竣工投产']);
  });

  it('takes a bold opening as the section heading', async () => {
    const { report } = await importDocx([
      { text: '报告' },
      { text: '一、产业发展', style: 'Heading1' },
      { text: '抓项目建设。全年实施项目45个。', boldPrefix: 6 },
      { text: '抓招商引资。签约项目12个。', boldPrefix: 6 },
    ]);
    expect(outline(report)).toEqual([['产业发展', '抓项目建设', '抓招商引资']]);
  });

  it('refuses files that are not .docx with what they are', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    await expect(importReport({ name: 'old.docx', bytes: doc })).rejects.toThrow(/Word 97-2003/);
    await expect(importReport({ name: 'text.docx', bytes: new TextEncoder().encode('just text') })).rejects.toThrow(/not a Word \.docx file/);
    const broken = (await makeDocx([{ text: 'x' }])).slice(0, 200);
    await expect(importReport({ name: 'broken.docx', bytes: broken })).rejects.toSatisfy(isInputError);
    await expect(importDocx([])).rejects.toThrow(/no text/);
  });
});
