/** Line placement in a text box, checked by hand against the handout rules (insets, pitch, anchoring, bullets). */
import { describe, expect, it } from 'vitest';
import { layoutText, POINTS_PER_INCH } from '../../../renderer/src/preview/text-layout.js';
import { PREVIEW_FONT } from '../../../renderer/src/preview/font-face.js';
import { paragraph, textElement } from '../support/hand-made.js';

const font = { ascenderEm: 1, descenderEm: 0.25 };
const inch = (pt: number): number => pt / POINTS_PER_INCH;

describe('text layout', () => {
  it('puts each line at its pitch, the descender on the bottom of the pitch, inside the inset', () => {
    const lines = layoutText(textElement([paragraph(['第一行', '第二行'], { size: 18, lineHeightPt: 24 })]), font);
    expect(lines).toHaveLength(2);
    // Box top 1 in + inset 0.1 in; baseline = 24 − 0.25 × 18 = 19.5 pt below the line's top.
    expect(lines[0]?.baseline).toBeCloseTo(1.1 + inch(19.5));
    expect(lines[1]?.baseline).toBeCloseTo(1.1 + inch(24 + 19.5));
    expect(lines[0]?.top).toBeCloseTo(1.1 + inch(19.5 - 18));
    expect(lines[0]?.left).toBeCloseTo(1.1);
    expect(lines[0]?.width).toBeCloseTo(5.8);
    expect(lines.map((line) => line.runs.map((run) => run.text).join(''))).toEqual(['第一行', '第二行']);
  });

  it('anchors the whole block in the middle or at the bottom', () => {
    const height = inch(24 + 6 + 24);
    const paragraphs = [paragraph(['甲'], { lineHeightPt: 24 }), paragraph(['乙'], { lineHeightPt: 24, spaceBeforePt: 6 })];
    const top = layoutText(textElement(paragraphs, { valign: 'top' }), font);
    const middle = layoutText(textElement(paragraphs, { valign: 'middle' }), font);
    const bottom = layoutText(textElement(paragraphs, { valign: 'bottom' }), font);
    const free = 3 - 0.2 - height;
    expect((middle[0]?.baseline ?? 0) - (top[0]?.baseline ?? 0)).toBeCloseTo(free / 2);
    expect((bottom[0]?.baseline ?? 0) - (top[0]?.baseline ?? 0)).toBeCloseTo(free);
    expect((top[1]?.baseline ?? 0) - (top[0]?.baseline ?? 0)).toBeCloseTo(inch(30));
  });

  it('hangs a bullet one indent left of every line of its paragraph', () => {
    const lines = layoutText(textElement([paragraph(['要点一', '续行'], { bullet: true, size: 20 })]), font);
    const indent = inch(20 * 1.2);
    expect(lines[0]?.bullet).toMatchObject({ char: '•', left: 1.1, sizePt: 20 });
    expect(lines[0]?.left).toBeCloseTo(1.1 + indent);
    expect(lines[1]?.left).toBeCloseTo(1.1 + indent);
    expect(lines[1]?.bullet).toBeNull();
    expect(lines[0]?.width).toBeCloseTo(5.8 - indent);
  });

  it('sizes a mixed line by its largest run and skips empty lines but keeps their pitch', () => {
    const mixed = paragraph(['x'], { lineHeightPt: 40 });
    const element = textElement([
      { ...mixed, lines: [[{ text: '4', fontSize: 36, bold: true, color: '000000' }, { text: '亿元', fontSize: 14, bold: false, color: '000000' }], [], [{ text: '年产值', fontSize: 14, bold: false, color: '000000' }]] },
    ]);
    const lines = layoutText(element, font);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.sizePt).toBe(36);
    expect((lines[1]?.baseline ?? 0) - (lines[0]?.baseline ?? 0)).toBeCloseTo(inch(80) + inch(0.25 * 36 - 0.25 * 14));
  });

  it('keeps alignment for the drawing to apply', () => {
    expect(layoutText(textElement([paragraph(['中'], { align: 'center' })]), PREVIEW_FONT)[0]?.align).toBe('center');
  });
});
