import { beforeAll, describe, expect, it } from 'vitest';
import { writeHandoutPdf } from '../../../../../main/engine/write/pdf/handout/write-handout-pdf.js';
import type { BundledFonts } from '../../../../../main/node/fonts.js';
import { deckOf, handMadeDeck } from '../fixtures/hand-made-deck.js';
import { havePoppler, pdfFonts, pdfImages, pdfInfo, pdfText, squeeze } from '../support/pdf-tools.js';
import { CREATED_AT, fonts as loadFonts } from '../support/sample.js';

let fonts: BundledFonts;
beforeAll(async () => {
  fonts = await loadFonts();
});

describe.skipIf(!havePoppler)('writeHandoutPdf', () => {
  it('one slide per page: a page per slide, each the slide\'s own size, with the slide\'s text', async () => {
    const bytes = await writeHandoutPdf(handMadeDeck, { fonts, perPage: 1, notes: false, createdAt: CREATED_AT });
    const info = pdfInfo(bytes);
    expect(info.pages).toBe(handMadeDeck.slides.length);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([960, 540]);
    expect(info.title).toBe(handMadeDeck.title);
    expect(squeeze(pdfText(bytes, 1))).toContain('奋力开创高质量发展新局面');
    const second = squeeze(pdfText(bytes, 2));
    for (const text of ['二、聚焦经济建设', '13.9万亩', '粮食种植面积', '抓“项目提速”：重点项目22个，总投资8亿元']) expect(second).toContain(text);
    // No notes were asked for.
    expect(second).not.toContain('备注');
  });

  it('draws the slides\' pictures from their bytes', async () => {
    const bytes = await writeHandoutPdf(handMadeDeck, { fonts, perPage: 1, notes: false, createdAt: CREATED_AT });
    expect(pdfImages(bytes)).toEqual([{ page: 3, width: 2, height: 2 }]);
  });

  it('stores a picture shown on several slides once (a pack\'s background on the title and closing slides)', async () => {
    const withPicture = handMadeDeck.slides.find((slide) => slide.elements.some((element) => element.type === 'image'));
    if (!withPicture) throw new Error('the hand-made deck has no picture');
    // The second copy is another array with the same bytes, as two reads of one file would give.
    const copy = { ...withPicture, id: `${withPicture.id}-again`, elements: withPicture.elements.map((element) => (element.type === 'image' ? { ...element, data: element.data.slice() } : element)) };
    const bytes = await writeHandoutPdf({ ...handMadeDeck, slides: [withPicture, copy] }, { fonts, perPage: 1, notes: false, createdAt: CREATED_AT });
    expect(pdfImages(bytes).map((image) => image.page)).toEqual([1, 2]);
    // One image object, drawn on both pages.
    expect(Buffer.from(bytes).toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(1);
  });

  it('draws charts from their data: categories, values and the unit are text on the page', async () => {
    const bytes = await writeHandoutPdf(handMadeDeck, { fonts, perPage: 1, notes: false, createdAt: CREATED_AT });
    for (const page of [2, 3]) {
      const text = squeeze(pdfText(bytes, page));
      for (const label of ['产值（万元）', '中药材', '春茶', '120,000', '4,308', '万元']) expect(text).toContain(label);
    }
  });

  it.each([
    [1, 3, 3],
    [2, 4, 2],
    [2, 5, 3],
    [4, 5, 2],
    [4, 8, 2],
  ] as const)('%i per page with notes: %i slides on %i A4 landscape pages, each slide\'s notes beside it', async (perPage, slides, pages) => {
    const deck = deckOf(slides);
    const bytes = await writeHandoutPdf(deck, { fonts, perPage, notes: true, createdAt: CREATED_AT });
    const info = pdfInfo(bytes);
    expect(info.pages).toBe(pages);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([842, 595]);
    const text = squeeze(pdfText(bytes));
    for (let n = 1; n <= slides; n++) expect(text).toContain(`幻灯片${n}·备注`);
    expect(text).toContain('开场：本次汇报柏杨坝镇2023年前9月工作。');
    expect(text).toContain('（本页无备注）');
    expect(squeeze(pdfText(bytes, pages))).toContain(`第${pages}页/共${pages}页`);
  });

  it.each([2, 4] as const)('%i per page without notes: slides only', async (perPage) => {
    const bytes = await writeHandoutPdf(deckOf(6), { fonts, perPage, notes: false, createdAt: CREATED_AT });
    expect(pdfInfo(bytes).pages).toBe(Math.ceil(6 / perPage));
    expect(squeeze(pdfText(bytes))).not.toContain('备注');
  });

  it('fits long notes into their box and ends them with … rather than running off the page', async () => {
    const long = '这是一段很长的备注，引用原文的每一个数字。'.repeat(80);
    const deck = { ...handMadeDeck, slides: handMadeDeck.slides.map((slide) => ({ ...slide, notes: long })) };
    const bytes = await writeHandoutPdf(deck, { fonts, perPage: 4, notes: true, createdAt: CREATED_AT });
    expect(pdfInfo(bytes).pages).toBe(1);
    expect(pdfText(bytes)).toContain('…');
  });

  it('embeds the CJK font as a subset and gives the same bytes for the same deck and date', async () => {
    const options = { fonts, perPage: 1, notes: false, createdAt: CREATED_AT } as const;
    const [a, b] = await Promise.all([writeHandoutPdf(handMadeDeck, options), writeHandoutPdf(handMadeDeck, options)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    for (const font of pdfFonts(a)) expect(font).toMatchObject({ embedded: true, subset: true });
    expect(pdfFonts(a).map((font) => font.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Regular$/), expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Bold$/)]));
  });

  it('refuses an empty deck', async () => {
    await expect(writeHandoutPdf({ ...handMadeDeck, slides: [] }, { fonts, perPage: 1, notes: false })).rejects.toThrow(/no slides/);
  });
});
