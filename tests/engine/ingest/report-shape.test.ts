/**
 * Every importer path (txt, md, html, docx; Chinese and English) returns a report already in ReportSchema's parsed
 * form; fuzz.test.ts checks the same over random and mutated inputs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport, importText } from '../../../main/engine/ingest/import-report.js';
import { ReportMetaSchema } from '../../../main/engine/report/schema.js';
import { makeDocx } from './support/make-docx.js';
import { expectParsedForm } from './support/parsed-form.js';
import { fixture, importFile, SAMPLE_TXT, sharedSample } from './support/samples.js';

const files = [
  SAMPLE_TXT,
  sharedSample('state-council-2024-work-report.txt'),
  sharedSample('daqing-h1-economy.txt'),
  sharedSample('liuhe-caisheng-street-profile.txt'),
  fixture('bureau-annual-summary.txt'),
  fixture('council-performance.txt'),
  fixture('statistics-bulletin.txt'),
  fixture('riverside-annual-review.md'),
  fixture('gov-article.html'),
];

const BODY = '一、经济运行总体平稳\n全市地区生产总值1228亿元，同比增长5.2%。\n二、农业生产稳步推进\n粮食种植面积13.9万亩，同比增长2.93%。\n';

describe('the imported report is already in parsed form', () => {
  it.each(files)('%s', async (file) => {
    const { report } = await importFile(file);
    expectParsedForm(report);
  });

  it('a Word document with a title, headings, bold lead-ins and captions', async () => {
    const lines = readFileSync(SAMPLE_TXT, 'utf8').split('\n').filter((line) => line.trim() !== '');
    const docx = await makeDocx(
      lines.map((text, i) => ({ text, ...(i === 1 ? { style: 'Title' as const } : i % 7 === 3 ? { style: 'Heading1' as const } : i % 7 === 5 ? { boldPrefix: 8 } : {}) })),
    );
    const { report } = await importReport({ name: 'r.docx', bytes: docx });
    expectParsedForm(report);
  });

  it('a report whose meta comes from the title, an issuer line and a date line', () => {
    const { report } = importText(`某市2023年上半年经济运行情况\n某市统计局\n发布时间：2023-07-20 来源：某市统计局\n\n${BODY}`);
    expect(Object.keys(report.meta).length).toBeGreaterThan(1);
    expectParsedForm(report);
  });

  it('meta keys follow the schema order whichever reader found them', () => {
    // The importer lists meta keys itself; a key added to the schema must be added there too.
    const { report } = importText(`湖北恩施利川市柏杨坝镇2023年前9月发展回顾——镇长 张三\n文 / 李四\n\n${BODY}`);
    const order = Object.keys(ReportMetaSchema.shape);
    const keys = Object.keys(report.meta);
    expect(keys).toEqual(order.filter((key) => keys.includes(key)));
    expectParsedForm(report);
  });
});
