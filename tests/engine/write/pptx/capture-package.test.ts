import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { capturePackage } from '../../../../main/engine/write/pptx/capture-package.js';
import { loadPptxGenJS } from '../../../../main/engine/write/pptx/pptxgenjs.js';

describe('capturePackage', () => {
  it('hands over pptxgenjs\'s package as a zip object, with its parts and chart workbooks', async () => {
    const PptxGenJS = await loadPptxGenJS();
    const pres = new PptxGenJS();
    const slide = pres.addSlide();
    slide.addText('汇报', { x: 1, y: 1, w: 3, h: 1 });
    slide.addChart('bar', [{ name: '产值', labels: ['甲', '乙'], values: [1, 2] }], { x: 1, y: 2, w: 4, h: 3 });
    const zip = await capturePackage(pres);
    expect(zip).toBeInstanceOf(JSZip);
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('汇报');
    const workbook = await zip.file(/^ppt\/embeddings\/.*\.xlsx$/)[0]?.async('uint8array');
    // The workbook went through JSZip's own generateAsync (type base64) untouched: it is a real zip.
    expect(Object.keys((await JSZip.loadAsync(workbook ?? new Uint8Array())).files)).toContain('xl/workbook.xml');
  });

  it('leaves every other use of generateAsync as it was', async () => {
    await capturePackage(new (await loadPptxGenJS())());
    const zip = new JSZip().file('a.txt', '内容');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await (await JSZip.loadAsync(bytes)).file('a.txt')?.async('string')).toBe('内容');
  });
});
