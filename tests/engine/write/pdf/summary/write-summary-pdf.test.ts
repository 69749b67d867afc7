import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../../../main/engine/errors.js';
import type { Report } from '../../../../../main/engine/report/schema.js';
import { formatMetric } from '../../../../../main/engine/template/format/format-metric.js';
import type { TemplatePack } from '../../../../../main/engine/template/pack.js';
import { summaryMarkdown, writeSummaryPdf } from '../../../../../main/engine/write/pdf/summary/write-summary-pdf.js';
import type { BundledFonts } from '../../../../../main/node/fonts.js';
import { havePoppler, pdfFonts, pdfInfo, pdfOutline, pdfText, squeeze } from '../support/pdf-tools.js';
import { BUILT_IN_PACKS, builtInPack, CREATED_AT, fonts as loadFonts, sampleReport } from '../support/sample.js';

let report: Report;
let fonts: BundledFonts;
const packs = new Map<string, TemplatePack>();
const pdfs = new Map<string, Uint8Array>();

beforeAll(async () => {
  [report, fonts] = await Promise.all([sampleReport(), loadFonts()]);
  for (const id of BUILT_IN_PACKS) {
    const pack = await builtInPack(id);
    packs.set(id, pack);
    pdfs.set(id, await writeSummaryPdf({ report, pack, fonts, createdAt: CREATED_AT }));
  }
});

const pillars = (): Report['pillars'] => report.pillars.filter((pillar) => pillar.kind === 'pillar');
const metricsOf = (pillar: Report['pillars'][number]) => pillar.sections.flatMap((section) => section.metrics);

describe.skipIf(!havePoppler).each(BUILT_IN_PACKS)('the sample summary with %s', (id) => {
  const pdf = (): Uint8Array => pdfs.get(id) as Uint8Array;

  it('fits on at most four A4 portrait pages', () => {
    const info = pdfInfo(pdf());
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(info.pages).toBeLessThanOrEqual(4);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
    expect(info.title).toBe(report.title);
  });

  it('has every pillar title and its first four key numbers, as the table writes them, as real text', () => {
    const text = squeeze(pdfText(pdf()));
    for (const pillar of pillars()) {
      expect(text).toContain(squeeze(pillar.title));
      const metrics = metricsOf(pillar);
      for (const id of pillar.keyMetrics.slice(0, 4)) {
        const metric = metrics.find((m) => m.id === id);
        expect(metric, id).toBeDefined();
        expect(text).toContain(squeeze(`${metric?.label}`));
        expect(text).toContain(squeeze(formatMetric(metric as NonNullable<typeof metric>).text));
      }
    }
  });

  it('embeds Noto Sans SC as a subset, regular and bold, with a Unicode map', () => {
    const fontsUsed = pdfFonts(pdf());
    expect(fontsUsed.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    for (const font of fontsUsed) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC-/);
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });

  it('bookmarks every pillar, in order, on the pages where they start, then the outlook', () => {
    const outline = pdfOutline(pdf());
    const titles = outline.map((item) => item.title);
    let last = -1;
    for (const pillar of pillars()) {
      const index = titles.findIndex((title) => title.includes(pillar.title));
      expect(index, pillar.title).toBeGreaterThan(last);
      last = index;
      const item = outline[index] as (typeof outline)[number];
      expect(squeeze(pdfText(pdf(), item.page))).toContain(squeeze(pillar.title));
    }
    // The outlook's part comes last (each pack words its heading differently).
    expect(outline.length).toBeGreaterThan(last + 1);
  });

  it('prints 第 X 页 / 共 Y 页 in every footer and the running header from page 2', () => {
    const { pages } = pdfInfo(pdf());
    for (let page = 1; page <= pages; page++) {
      // pdftotext drops the spaces between the numbers and 第/页; the PDF draws them.
      const text = squeeze(pdfText(pdf(), page));
      expect(text).toContain(`第${page}页/共${pages}页`);
      if (page > 1) expect(text.startsWith(squeeze(report.title))).toBe(true);
    }
  });

  it('is byte-for-byte the same for the same input and date', async () => {
    const again = await writeSummaryPdf({ report, pack: packs.get(id) as TemplatePack, fonts, createdAt: CREATED_AT });
    expect(Buffer.from(again).equals(Buffer.from(pdf()))).toBe(true);
  });
});

describe.skipIf(!havePoppler)('summary options and pack wording', () => {
  it('adds a table of contents after the cover block when asked', async () => {
    const pack = packs.get('gov-blue') as TemplatePack;
    const bytes = await writeSummaryPdf({ report, pack, fonts, toc: true, createdAt: CREATED_AT });
    const first = pdfText(bytes, 1);
    expect(first).toContain('目录');
    for (const pillar of pillars()) expect(squeeze(first)).toContain(squeeze(pillar.title));
    expect(pdfInfo(bytes).pages).toBeLessThanOrEqual(5);
  });

  it('takes its parts and sentences from the pack: each built-in pack words the summary its own way', () => {
    const headings = BUILT_IN_PACKS.map((id) => summaryMarkdown({ report, pack: packs.get(id) as TemplatePack }).split('\n').filter((line) => line.startsWith('## ')));
    expect(new Set(headings.map((list) => list.join('|'))).size).toBe(BUILT_IN_PACKS.length);
    expect(squeeze(pdfText(pdfs.get('gov-blue') as Uint8Array))).toContain('下一步工作打算');
    expect(squeeze(pdfText(pdfs.get('party-red') as Uint8Array))).toContain('下步工作安排');
  });

  it('follows the selection it is given: a pillar left out is not in the summary', async () => {
    const [dropped, ...kept] = pillars();
    const selected: Report = { ...report, pillars: report.pillars.filter((pillar) => pillar !== dropped) };
    const bytes = await writeSummaryPdf({ report: selected, pack: packs.get('minimal') as TemplatePack, fonts, createdAt: CREATED_AT });
    const text = squeeze(pdfText(bytes));
    expect(text).not.toContain(squeeze(dropped?.title ?? '?'));
    for (const pillar of kept) expect(text).toContain(squeeze(pillar.title));
  });
});

describe('summary template problems', () => {
  it('names the missing summary template of a pack', async () => {
    const pack = packs.get('gov-blue') as TemplatePack;
    const texts = new Map([...pack.texts].filter(([name]) => name !== 'summary.md'));
    const error = await writeSummaryPdf({ report, pack: { ...pack, texts }, fonts, createdAt: CREATED_AT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toOneLine()).toContain('templates/gov-blue/text/summary.md.hbs');
  });

  it('refuses a summary that comes out empty', async () => {
    const pack = packs.get('gov-blue') as TemplatePack;
    const texts = new Map(pack.texts).set('summary.md', () => '  \n');
    await expect(writeSummaryPdf({ report, pack: { ...pack, texts }, fonts, createdAt: CREATED_AT })).rejects.toThrow(/no text/);
  });
});
