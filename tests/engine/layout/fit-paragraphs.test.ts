import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletIndentPt } from '../../../main/engine/layout/bullets.js';
import { fitParagraphs, type ParagraphsFitRequest, type ParagraphsFitResult } from '../../../main/engine/layout/fit-paragraphs.js';
import type { FontMetrics } from '../../../main/engine/layout/font-metrics.js';
import { textWidthPt } from '../../../main/engine/layout/measure.js';
import { safeWidthPt } from '../../../main/engine/layout/safety.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';

let metrics: FontMetrics;
beforeAll(async () => {
  metrics = await bundledMetrics();
});

const bullets = [
  '中药材种植面积稳步扩大，新建标准化基地2个，带动农户增收。',
  '茶叶品牌建设成效明显，“白杨坝红茶”获评市级区域公用品牌。',
  '生猪出栏量受市场价格影响同比下降9.5%，养殖结构持续优化。',
];
const base: ParagraphsFitRequest = {
  paragraphs: bullets.map((text) => ({ text, bullet: true })),
  widthPt: 450,
  heightPt: 200,
  maxFontSizePt: 24,
  minFontSizePt: 12,
  lineHeight: 1.3,
  paragraphSpacing: 0.5,
  bold: false,
};

/** The result's own description of its height, checked against the box and against the lines' widths. */
function fitsBox(request: ParagraphsFitRequest, result: ParagraphsFitResult): void {
  const lines = result.paragraphs.reduce((sum, paragraph) => sum + paragraph.lines.length, 0);
  const spacing = result.paragraphs.reduce((sum, paragraph) => sum + paragraph.spaceBeforePt, 0);
  expect(result.heightPt).toBeCloseTo(lines * result.lineHeightPt + spacing, 9);
  expect(result.heightPt).toBeLessThanOrEqual(request.heightPt + 1e-6);
  for (const paragraph of result.paragraphs) {
    const width = safeWidthPt(request.widthPt - (paragraph.bullet ? bulletIndentPt(result.fontSizePt) : 0));
    for (const line of paragraph.lines) expect(textWidthPt(metrics, line, result.fontSizePt, request.bold)).toBeLessThanOrEqual(width + 1e-6);
  }
}

describe('fitParagraphs', () => {
  it('gives all paragraphs one size, bullets the width after their indent, and space before all but the first', () => {
    const result = fitParagraphs(metrics, base);
    fitsBox(base, result);
    expect(result.truncated).toBe(false);
    expect(result.paragraphs.map((paragraph) => paragraph.lines.join(''))).toEqual(bullets);
    expect(result.paragraphs.map((paragraph) => paragraph.spaceBeforePt)).toEqual([0, result.fontSizePt * 0.5, result.fontSizePt * 0.5]);
    expect(result.lineHeightPt).toBeCloseTo(result.fontSizePt * 1.3, 9);
  });

  it('breaks a bullet paragraph narrower than the same text without a bullet', () => {
    const text = bullets[0]!.repeat(3);
    const fixed = { ...base, maxFontSizePt: 16, minFontSizePt: 16, heightPt: 1000 };
    const withBullet = fitParagraphs(metrics, { ...fixed, paragraphs: [{ text, bullet: true }] });
    const plain = fitParagraphs(metrics, { ...fixed, paragraphs: [{ text, bullet: false }] });
    expect(withBullet.paragraphs[0]!.lines[0]!.length).toBeLessThan(plain.paragraphs[0]!.lines[0]!.length);
  });

  it('drops the paragraphs that do not fit at the minimum size and ends the last one shown with …', () => {
    const request = { ...base, paragraphs: [...base.paragraphs, ...base.paragraphs, ...base.paragraphs], heightPt: 80, widthPt: 300 };
    const result = fitParagraphs(metrics, request);
    fitsBox(request, result);
    expect(result).toMatchObject({ truncated: true, fontSizePt: 12 });
    expect(result.paragraphs.length).toBeLessThan(9);
    expect(result.paragraphs.at(-1)!.lines.at(-1)).toMatch(/…$/);
  });

  it('shows nothing when not even one line fits', () => {
    expect(fitParagraphs(metrics, { ...base, heightPt: 5 })).toMatchObject({ paragraphs: [], heightPt: 0, truncated: true });
  });

  it('refuses impossible requests', () => {
    expect(() => fitParagraphs(metrics, { ...base, minFontSizePt: 30 })).toThrow(RangeError);
    expect(() => fitParagraphs(metrics, { ...base, paragraphSpacing: -1 })).toThrow(RangeError);
  });

  it('always fits the box', () => {
    const paragraph = fc.record({ text: fc.array(fc.constantFrom(...Array.from('汇报产值增长，。（）“”%0123456789 '), '万元', '23.5%'), { maxLength: 80 }).map((parts) => parts.join('')), bullet: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 6 }),
        fc.record({ widthPt: fc.double({ min: 60, max: 900, noNaN: true }), heightPt: fc.double({ min: 1, max: 400, noNaN: true }), spacing: fc.double({ min: 0, max: 1, noNaN: true }), bold: fc.boolean() }),
        (paragraphs, { widthPt, heightPt, spacing, bold }) => {
          const request: ParagraphsFitRequest = { paragraphs, widthPt, heightPt, maxFontSizePt: 28, minFontSizePt: 10, lineHeight: 1.25, paragraphSpacing: spacing, bold };
          fitsBox(request, fitParagraphs(metrics, request));
        },
      ),
      { numRuns: 200 },
    );
  });
});
