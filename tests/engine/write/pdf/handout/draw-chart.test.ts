/** The handout's chart is the shared layout mapped onto the page: scaled with the slide, hairlines kept. */
import type { CanvasElement, Content, ContentCanvas, ContentText } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../../../main/engine/deck/chart-layout.js';
import { textLeft } from '../../../../../main/engine/deck/chart-parts.js';
import { drawChart } from '../../../../../main/engine/write/pdf/handout/draw-chart.js';
import { textMetrics } from '../../../../../main/engine/write/pdf/text-metrics.js';
import { chartElement, TWO_SERIES } from '../../../deck/chart-element.js';

const element = chartElement({ box: { x: 7.3, y: 1.4, w: 5.4, h: 4 }, series: [...TWO_SERIES], textColor: '595959' });

type Placed = ContentText & { absolutePosition: { x: number; y: number }; text: { text: string; fontSize: number; bold: boolean; color: string }[] };
const isText = (node: Content): node is Placed => typeof node === 'object' && 'text' in node;
const vectors = (nodes: Content[]): CanvasElement[] => nodes.flatMap((node) => (typeof node === 'object' && 'canvas' in node ? (node as ContentCanvas).canvas : []));

describe('drawChart', () => {
  const metrics = textMetrics();
  const parts = layoutChart(element, (text, sizePt, bold) => metrics.width(text, sizePt, bold));
  // Four slides to a page: the slide at (40, 50), 30 points per slide inch.
  const frame = { x: 40, y: 50, scale: 30 };
  const k = frame.scale / 72;
  const page = (x: number, y: number): { x: number; y: number } => ({ x: frame.x + element.box.x * frame.scale + x * k, y: frame.y + element.box.y * frame.scale + y * k });
  const nodes = drawChart(element, frame, metrics);

  it('places every label of the layout at its left edge, scaled about the box corner, in the layout\'s order', () => {
    const labels = parts.flatMap((part) => (part.kind === 'text' ? [part] : []));
    const texts = nodes.filter(isText);
    expect(texts.map((node) => node.text[0]?.text)).toEqual(labels.map((part) => part.text));
    texts.forEach((node, i) => {
      const part = labels[i];
      if (!part) throw new Error('missing label');
      const at = page(textLeft(part), part.top);
      expect(node.absolutePosition.x).toBeCloseTo(at.x, 9);
      expect(node.absolutePosition.y).toBeCloseTo(at.y, 9);
      expect(node.text[0]?.fontSize).toBeCloseTo(part.sizePt * k, 9);
      expect(node.text[0]).toMatchObject({ bold: part.bold, color: '#595959' });
    });
  });

  it('draws bars and swatches scaled with the slide, and grid lines at their own width', () => {
    const drawn = vectors(nodes);
    const shapes = parts.filter((part) => part.kind !== 'text');
    expect(drawn).toHaveLength(shapes.length);
    drawn.forEach((vector, i) => {
      const part = shapes[i];
      if (vector.type === 'rect' && part?.kind === 'rect') {
        expect(vector.x).toBeCloseTo(page(part.x, part.y).x, 9);
        expect(vector.y).toBeCloseTo(page(part.x, part.y).y, 9);
        expect(vector.w).toBeCloseTo(part.w * k, 9);
        expect(vector.h).toBeCloseTo(part.h * k, 9);
        expect(vector.color).toBe(`#${part.color}`);
      } else if (vector.type === 'line' && part?.kind === 'line') {
        expect(vector.y1).toBeCloseTo(page(part.x1, part.y1).y, 9);
        expect(vector.x2).toBeCloseTo(page(part.x2, part.y2).x, 9);
        expect(vector.lineWidth).toBe(part.widthPt);
      } else {
        throw new Error(`vector ${i} is a ${vector.type}, the layout's part a ${part?.kind}`);
      }
    });
  });

  it('draws nothing for an empty chart', () => {
    expect(drawChart({ ...element, categories: [] }, frame, metrics)).toEqual([]);
  });
});
