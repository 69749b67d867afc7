import JSZip from 'jszip';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { capturePackage } from '../../../../main/engine/write/pptx/capture-package.js';
import { loadPptxGenJS } from '../../../../main/engine/write/pptx/pptxgenjs.js';

const CREATED = new Date(Date.UTC(2023, 9, 12, 8, 30, 15));

async function presentationWithChart(title: string): Promise<InstanceType<Awaited<ReturnType<typeof loadPptxGenJS>>>> {
  const PptxGenJS = await loadPptxGenJS();
  const pres = new PptxGenJS();
  const slide = pres.addSlide();
  slide.addText(title, { x: 1, y: 1, w: 3, h: 1 });
  slide.addChart('bar', [{ name: '产值', labels: ['甲', '乙'], values: [1, 2] }], { x: 1, y: 2, w: 4, h: 3 });
  return pres;
}

async function workbookOf(zip: JSZip): Promise<JSZip> {
  return JSZip.loadAsync((await zip.file(/^ppt\/embeddings\/.*\.xlsx$/)[0]?.async('uint8array')) ?? new Uint8Array());
}

describe('capturePackage', () => {
  it("hands over pptxgenjs's package as a zip object, with its parts and chart workbooks", async () => {
    const zip = await capturePackage(await presentationWithChart('汇报'), CREATED);
    expect(zip).toBeInstanceOf(JSZip);
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('汇报');
    // The workbook is a real zip, dated with the deck's date rather than the clock's.
    const workbook = await workbookOf(zip);
    expect(Object.keys(workbook.files)).toContain('xl/workbook.xml');
    const core = (await workbook.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('>2023-10-12T08:30:15Z</dcterms:created>');
    expect(core).toContain('>2023-10-12T08:30:15Z</dcterms:modified>');
  });

  it('captures decks written at the same time one after the other, each with its own date', async () => {
    const later = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    const [first, second] = await Promise.all([capturePackage(await presentationWithChart('甲'), CREATED), capturePackage(await presentationWithChart('乙'), later)]);
    expect(await first.file('ppt/slides/slide1.xml')?.async('string')).toContain('甲');
    expect(await second.file('ppt/slides/slide1.xml')?.async('string')).toContain('乙');
    expect(await (await workbookOf(first)).file('docProps/core.xml')?.async('string')).toContain('2023-10-12T08:30:15Z');
    expect(await (await workbookOf(second)).file('docProps/core.xml')?.async('string')).toContain('2024-01-02T03:04:05Z');
  });

  it('holds on to no package once it is handed over (a 1,000-slide deck is hundreds of megabytes)', async () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const captured = await (async () => new WeakRef(await capturePackage(await presentationWithChart('甲'), CREATED)))();
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    await new Promise((resolve) => setImmediate(resolve));
    expect(captured.deref()).toBeUndefined();
  });

  it('leaves every other use of generateAsync as it was', async () => {
    await capturePackage(new (await loadPptxGenJS())(), CREATED);
    const zip = new JSZip().file('a.txt', '内容');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await (await JSZip.loadAsync(bytes)).file('a.txt')?.async('string')).toBe('内容');
  });
});
