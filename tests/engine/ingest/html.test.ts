import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../../main/engine/ingest/import-report.js';
import { encodeGb18030 } from './support/encode.js';
import { allMetrics, fixture, spansHold } from './support/samples.js';

const page = readFileSync(fixture('gov-article.html'), 'utf8');
const run = (html: string, name = 'article.html'): ReturnType<typeof importReport> => importReport({ name, bytes: new TextEncoder().encode(html) });

describe('a saved web article', async () => {
  const { report, sourceText, trace } = await run(page);

  it('says which part of the page it took', () => {
    expect(trace.notes[0]).toMatch(/^web page: the article was taken from <div\.(?:main|article)>; \d+ parts of the page .* were left out$/);
  });

  it('takes the article, not the menus, sidebar, scripts or footer', () => {
    const all = JSON.stringify(report);
    for (const furniture of ['首页', '政务公开', '机构概况', '热点推荐', '某镇召开会议', '999万元', '版权所有', '备案号', '分享到']) expect(all).not.toContain(furniture);
  });

  it('reads the title, meta, lead and the bold headings as pillars', () => {
    expect(report.title).toBe('某县2023年上半年经济运行情况');
    expect(report.meta).toMatchObject({ date: '2023-07-20', source: '县统计局', period: '2023年上半年', organization: '某县' });
    expect(report.lead).toContain('经济运行总体平稳');
    expect(report.pillars.map((p) => [p.title, p.kind])).toEqual([
      ['农业生产稳定', 'pillar'],
      ['工业经济回升', 'pillar'],
      ['下半年工作打算', 'outlook'],
    ]);
  });

  it('joins a paragraph broken by the HTML source, keeps the photo caption, reads the table row', () => {
    const farm = report.pillars[0]!.sections[0]!;
    expect(farm.paragraphs.join('')).toContain('同比增长1.8%。畜牧业产值达4.2亿元。');
    expect(farm.captions).toEqual(['夏粮收割现场']);
    expect(allMetrics(report).map((m) => `${m.label}=${m.value}${m.unit}`)).toEqual([
      '粮食播种面积=326000亩',
      '畜牧业产值=420000000元',
      '规模以上工业增加值=1830000000元',
      '新增规上企业=12家',
      '工业用电量=340000000千瓦时',
      '固定资产投资=12000000000元',
    ]);
  });

  it('points metrics into the extracted text', () => {
    expect(sourceText.split('\n')[0]).toBe('某县2023年上半年经济运行情况');
    expect(spansHold(report, sourceText)).toEqual([]);
  });
});

describe('HTML encodings and edge cases', () => {
  it('decodes a GBK page that says so in its meta tag', async () => {
    const gbk = encodeGb18030('<html><head><meta charset="gbk"><title>工作汇报</title></head><body><h1>工作汇报</h1><p>全年完成项目120项，投资5亿元。</p><p>一、下一步打算</p><p>继续完成投资3亿元。</p></body></html>');
    const { report, trace } = await importReport({ name: 'gbk.htm', bytes: gbk });
    expect(trace.encoding).toBe('gb18030');
    expect(report.title).toBe('工作汇报');
    expect(allMetrics(report).map((m) => m.raw)).toEqual(['3亿元']);
  });

  it('refuses a page without article text', async () => {
    await expect(run('<html><body><nav><a href="/">首页</a></nav><script>x()</script></body></html>')).rejects.toThrow(/no article text|no report text/);
  });
});
