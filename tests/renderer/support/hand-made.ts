/** Small hand-made Deck pieces for the preview's layout tests: every number here is chosen to be checked by hand. */
import type { ChartElement, TextElement, TextParagraph } from '../../../main/engine/deck/model.js';

export function paragraph(lines: string[], options: Partial<Omit<TextParagraph, 'lines'>> & { size?: number } = {}): TextParagraph {
  const size = options.size ?? 18;
  return {
    lines: lines.map((text) => [{ text, fontSize: size, bold: false, color: '333333' }]),
    align: options.align ?? 'left',
    bullet: options.bullet ?? false,
    lineHeightPt: options.lineHeightPt ?? 24,
    spaceBeforePt: options.spaceBeforePt ?? 0,
  };
}

export function textElement(paragraphs: TextParagraph[], options: Partial<Omit<TextElement, 'paragraphs' | 'type'>> = {}): TextElement {
  return { type: 'text', id: options.id ?? 't1', role: options.role ?? 'body', box: options.box ?? { x: 1, y: 1, w: 6, h: 3 }, paragraphs, valign: options.valign ?? 'top', inset: options.inset ?? 0.1 };
}

export function chartElement(options: Partial<ChartElement> = {}): ChartElement {
  return {
    type: 'chart',
    id: 'c1',
    box: { x: 1, y: 1, w: 6, h: 4 },
    chart: 'column',
    title: '产值（万元）',
    categories: ['中药材', '茶叶', '蔬菜'],
    series: [{ name: '产值', values: [120000, 30000, 45000] }],
    unit: '万元',
    colors: ['2F5597', 'ED7D31'],
    fontSize: 12,
    textColor: '404040',
    altText: '柱状图',
    ...options,
  };
}
