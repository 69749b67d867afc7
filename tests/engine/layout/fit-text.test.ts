import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { breakLines } from '../../../main/engine/layout/break-lines.js';
import { fitText, type FitRequest } from '../../../main/engine/layout/fit-text.js';
import type { FontMetrics } from '../../../main/engine/layout/font-metrics.js';
import { textWidthPt } from '../../../main/engine/layout/measure.js';
import { safeWidthPt, WIDTH_SAFETY } from '../../../main/engine/layout/safety.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';

let metrics: FontMetrics;
beforeAll(async () => {
  metrics = await bundledMetrics();
});

const paragraph = '2023年1-9月，白杨坝村实现农业总产值2,500万元，同比增长23.5%，粮食种植面积13.9万亩，“三品一标”认证产品达到12个。';
const base: FitRequest = { text: paragraph, widthPt: 300, heightPt: 80, maxFontSizePt: 28, minFontSizePt: 12, lineHeight: 1.25, bold: false };

function fitsBox(request: FitRequest, result: ReturnType<typeof fitText>): void {
  expect(result.heightPt).toBeCloseTo(result.lines.length * result.fontSizePt * request.lineHeight, 9);
  expect(result.heightPt).toBeLessThanOrEqual(request.heightPt + 1e-6);
  for (const line of result.lines) expect(textWidthPt(metrics, line, result.fontSizePt, request.bold)).toBeLessThanOrEqual(safeWidthPt(request.widthPt) + 1e-6);
  if (request.maxLines !== undefined) expect(result.lines.length).toBeLessThanOrEqual(request.maxLines);
}

/** Reference check: do the lines broken at `size` fit the request's box? */
function fitsAt(request: FitRequest, size: number): boolean {
  const width = safeWidthPt(request.widthPt);
  const lines = breakLines(metrics, request.text, size, width, request.bold);
  if (request.maxLines !== undefined && lines.length > request.maxLines) return false;
  if (lines.length * size * request.lineHeight > request.heightPt * (1 + 1e-9)) return false;
  return lines.every((line) => textWidthPt(metrics, line, size, request.bold) <= width + 1e-6);
}

describe('fitText', () => {
  it('uses the largest size whose lines fit, in 0.5 pt steps', () => {
    const result = fitText(metrics, base);
    fitsBox(base, result);
    expect(result.truncated).toBe(false);
    expect(result.lines.join('')).toBe(paragraph);
    expect(result.fontSizePt * 2).toBe(Math.round(result.fontSizePt * 2));
    const larger = fitText(metrics, { ...base, minFontSizePt: result.fontSizePt + 0.5, maxFontSizePt: result.fontSizePt + 0.5 });
    expect(larger.truncated).toBe(true);
  });

  it('keeps the maximum size for short text', () => {
    expect(fitText(metrics, { ...base, text: '汇报' })).toMatchObject({ fontSizePt: 28, lines: ['汇报'], truncated: false });
  });

  it('keeps to the safety margin of the width', () => {
    // Exactly ten ideographs wide: the safety margin pushes the tenth to a second line.
    const result = fitText(metrics, { ...base, text: '一二三四五六七八九十', widthPt: 100, heightPt: 100, maxFontSizePt: 10, minFontSizePt: 10 });
    expect(WIDTH_SAFETY).toBeLessThan(1);
    expect(result.lines).toEqual(['一二三四五六七八九', '十']);
  });

  it('respects maxLines', () => {
    const request = { ...base, heightPt: 500, maxLines: 2 };
    const result = fitText(metrics, request);
    fitsBox(request, result);
    expect(result.lines.length).toBeLessThanOrEqual(2);
  });

  it('truncates with … at the minimum size when nothing fits, without a pause before the …', () => {
    const request = { ...base, text: paragraph.repeat(4), heightPt: 40, minFontSizePt: 14 };
    const result = fitText(metrics, request);
    fitsBox(request, result);
    expect(result).toMatchObject({ fontSizePt: 14, truncated: true });
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]).toMatch(/[^，、；：]…$/);
  });

  it('returns no line when not even one line of the minimum size fits the height', () => {
    expect(fitText(metrics, { ...base, heightPt: 5 })).toMatchObject({ lines: [], heightPt: 0, truncated: true, fontSizePt: 12 });
  });

  it('refuses impossible requests', () => {
    expect(() => fitText(metrics, { ...base, minFontSizePt: 30 })).toThrow(RangeError);
    expect(() => fitText(metrics, { ...base, widthPt: -1 })).toThrow(RangeError);
    expect(() => fitText(metrics, { ...base, maxLines: 0 })).toThrow(RangeError);
  });

  it('always fits the box', () => {
    const text = fc.array(fc.constantFrom(...Array.from('汇报产值增长，。（）“”%0123456789 ab'), '万元', '23.5%'), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text,
        fc.record({
          widthPt: fc.double({ min: 20, max: 900, noNaN: true }),
          heightPt: fc.double({ min: 1, max: 500, noNaN: true }),
          minFontSizePt: fc.double({ min: 6, max: 14, noNaN: true }),
          extra: fc.double({ min: 0, max: 40, noNaN: true }),
          lineHeight: fc.double({ min: 1, max: 2, noNaN: true }),
          bold: fc.boolean(),
          maxLines: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
        }),
        (chosen, { extra, maxLines, ...rest }) => {
          const request: FitRequest = { text: chosen, ...rest, maxFontSizePt: rest.minFontSizePt + extra, ...(maxLines === undefined ? {} : { maxLines }) };
          const result = fitText(metrics, request);
          fitsBox(request, result);
          expect(result.fontSizePt).toBeGreaterThanOrEqual(request.minFontSizePt);
          expect(result.fontSizePt).toBeLessThanOrEqual(request.maxFontSizePt);
          if (!result.truncated) expect(result.lines.join('').replace(/\s/g, '')).toBe(chosen.replace(/\s/g, ''));
          // Largest: the next size up on the 0.5 pt grid would not fit (checked with breakLines directly, without fitText's shortcuts).
          const larger = Math.floor(result.fontSizePt / 0.5) * 0.5 + 0.5;
          if (!result.truncated && larger <= request.maxFontSizePt) expect(fitsAt(request, larger)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
