import type { ContentText } from 'pdfmake/interfaces.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TextElement, TextParagraph } from '../../../../../main/engine/deck/model.js';
import { bulletIndentPt } from '../../../../../main/engine/layout/bullets.js';
import { baselineInLinePt, drawText } from '../../../../../main/engine/write/pdf/handout/draw-text.js';
import { textMetrics, type TextMetrics } from '../../../../../main/engine/write/pdf/text-metrics.js';

let metrics: TextMetrics;
beforeAll(() => {
  metrics = textMetrics();
});

const paragraph = (lines: string[], extra: Partial<TextParagraph> = {}): TextParagraph => ({
  lines: lines.map((text) => [{ text, fontSize: 20, bold: false, color: '112233' }]),
  align: 'left',
  bullet: false,
  lineHeightPt: 26,
  spaceBeforePt: 0,
  ...extra,
});

const element = (paragraphs: TextParagraph[], extra: Partial<TextElement> = {}): TextElement => ({
  type: 'text',
  id: 't',
  role: 'body',
  box: { x: 1, y: 2, w: 5, h: 3 },
  inset: 0.1,
  valign: 'top',
  paragraphs,
  ...extra,
});

type Placed = ContentText & { absolutePosition: { x: number; y: number }; text: { text: string; fontSize: number; noWrap: boolean }[] };
const frame = { x: 0, y: 0, scale: 72 };
const draw = (e: TextElement, f = frame): Placed[] => drawText(e, f, metrics) as Placed[];
/** Where pdfmake will put the line's baseline: the node's top plus the font's ascender. */
const baseline = (node: Placed): number => node.absolutePosition.y + metrics.ascenderEm * Math.max(...node.text.map((run) => run.fontSize));

describe('drawText', () => {
  it('draws each TextLine as its own unwrappable node, one exact pitch apart, from the inset', () => {
    const nodes = draw(element([paragraph(['第一行', '第二行', '第三行'])]));
    expect(nodes.map((node) => node.text.map((run) => run.text).join(''))).toEqual(['第一行', '第二行', '第三行']);
    expect(nodes.every((node) => node.text.every((run) => run.noWrap))).toBe(true);
    const top = 2 * 72 + 0.1 * 72;
    expect(baseline(nodes[0] as Placed)).toBeCloseTo(top + baselineInLinePt(26, 20, metrics), 6);
    expect(baseline(nodes[1] as Placed) - baseline(nodes[0] as Placed)).toBeCloseTo(26, 6);
    expect((nodes[0] as Placed).absolutePosition.x).toBeCloseTo(1.1 * 72, 6);
  });

  it('adds space before paragraphs and anchors the block at the bottom or middle', () => {
    const paragraphs = [paragraph(['一']), paragraph(['二'], { spaceBeforePt: 10 })];
    const top = draw(element(paragraphs));
    expect(baseline(top[1] as Placed) - baseline(top[0] as Placed)).toBeCloseTo(36, 6);
    const bottom = draw(element(paragraphs, { valign: 'bottom' }));
    const free = 3 * 72 - 2 * 0.1 * 72 - (26 + 10 + 26);
    expect(baseline(bottom[0] as Placed) - baseline(top[0] as Placed)).toBeCloseTo(free, 6);
    const middle = draw(element(paragraphs, { valign: 'middle' }));
    expect(baseline(middle[0] as Placed) - baseline(top[0] as Placed)).toBeCloseTo(free / 2, 6);
  });

  it('aligns lines right and centre by their measured width', () => {
    const right = draw(element([paragraph(['右对齐'], { align: 'right' })]))[0] as Placed;
    const width = metrics.width('右对齐', 20, false);
    expect(right.absolutePosition.x + width).toBeCloseTo((1 + 5 - 0.1) * 72, 6);
    const centre = draw(element([paragraph(['居中'], { align: 'center' })]))[0] as Placed;
    expect(centre.absolutePosition.x + metrics.width('居中', 20, false) / 2).toBeCloseTo(3.5 * 72, 6);
  });

  it('hangs the bullet at the left edge and indents every line of the paragraph', () => {
    const nodes = draw(element([paragraph(['要点一', '续行'], { bullet: true })]));
    expect(nodes.map((node) => node.text[0]?.text)).toEqual(['•', '要点一', '续行']);
    expect(nodes[0]?.absolutePosition.x).toBeCloseTo(1.1 * 72, 6);
    expect(nodes[1]?.absolutePosition.x).toBeCloseTo(1.1 * 72 + bulletIndentPt(20), 6);
    expect(nodes[2]?.absolutePosition.x).toBeCloseTo(1.1 * 72 + bulletIndentPt(20), 6);
  });

  it('scales positions and sizes with the frame for several slides per page', () => {
    const half = { x: 100, y: 50, scale: 36 };
    const [node] = draw(element([paragraph(['缩小'])]), half);
    expect(node?.text[0]?.fontSize).toBe(10);
    expect(node?.absolutePosition.x).toBeCloseTo(100 + 1.1 * 36, 6);
    expect(baseline(node as Placed)).toBeCloseTo(50 + 2.1 * 36 + baselineInLinePt(26, 20, metrics) / 2, 6);
  });
});
