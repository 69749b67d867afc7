/**
 * Hand-made Decks for the PPTX writer tests: a title slide, a pillar slide (KPI tiles, a column chart, bullets), a
 * slide with pictures, and an outlook slide (horizontal bar chart, text truncated with …). Text is laid out with the real layout functions, the way the planner does it.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { Box, ChartElement, Deck, ImageElement, ShapeElement, Slide, TextElement, TextParagraph, TextRole } from '../../../../main/engine/deck/model.js';
import { breakLines } from '../../../../main/engine/layout/break-lines.js';
import { bulletIndentPt } from '../../../../main/engine/layout/bullets.js';
import { fitText } from '../../../../main/engine/layout/fit-text.js';
import type { FontMetrics } from '../../../../main/engine/layout/font-metrics.js';
import { safeWidthPt } from '../../../../main/engine/layout/safety.js';

const INSET = 0.05;
const NAVY = '1F3864';
const INK = '262626';
const MUTED = '7F7F7F';

interface FitOptions {
  readonly id: string;
  readonly role: TextRole;
  readonly box: Box;
  readonly text: string;
  readonly maxPt: number;
  readonly minPt: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly align?: TextParagraph['align'];
  readonly valign?: TextElement['valign'];
}

/** One fitted paragraph in a box, as the planner makes titles and KPI values. */
export function fittedText(metrics: FontMetrics, options: FitOptions): TextElement {
  const bold = options.bold ?? false;
  const widthPt = (options.box.w - 2 * INSET) * 72;
  const heightPt = (options.box.h - 2 * INSET) * 72;
  const fit = fitText(metrics, { text: options.text, widthPt, heightPt, maxFontSizePt: options.maxPt, minFontSizePt: options.minPt, lineHeight: 1.2, bold });
  const lines = fit.lines.map((text) => [{ text, fontSize: fit.fontSizePt, bold, color: options.color ?? INK }]);
  return {
    type: 'text',
    id: options.id,
    role: options.role,
    box: options.box,
    inset: INSET,
    valign: options.valign ?? 'top',
    paragraphs: [{ lines, align: options.align ?? 'left', bullet: false, lineHeightPt: fit.fontSizePt * 1.2, spaceBeforePt: 0 }],
  };
}

/** Bullet points at one size, each broken to the width left after the hanging indent. */
export function bulletList(metrics: FontMetrics, id: string, box: Box, items: readonly string[], sizePt: number): TextElement {
  const widthPt = safeWidthPt((box.w - 2 * INSET) * 72 - bulletIndentPt(sizePt));
  const paragraphs = items.map((item, index) => ({
    lines: breakLines(metrics, item, sizePt, widthPt, false).map((text) => [{ text, fontSize: sizePt, bold: false, color: INK }]),
    align: 'left' as const,
    bullet: true,
    lineHeightPt: sizePt * 1.3,
    spaceBeforePt: index === 0 ? 0 : sizePt * 0.5,
  }));
  return { type: 'text', id, role: 'bullet', box, inset: INSET, valign: 'top', paragraphs };
}

function rect(id: string, box: Box, fill: string, shape: ShapeElement['shape'] = 'rect'): ShapeElement {
  return { type: 'shape', id, shape, box, fill, ...(shape === 'roundRect' ? { radius: 0.15 } : {}) };
}

export function titleSlide(metrics: FontMetrics): Slide {
  return {
    kind: 'title',
    id: 'title',
    background: NAVY,
    notes: '本汇报根据《白杨坝村2023年1-9月工作总结》整理。',
    elements: [
      rect('accent', { x: 0.9, y: 4.15, w: 1.6, h: 0.08 }, 'C9A227'),
      fittedText(metrics, { id: 'title', role: 'title', box: { x: 0.9, y: 2.0, w: 11.5, h: 2.0 }, text: '白杨坝村2023年1-9月工作汇报', maxPt: 44, minPt: 28, bold: true, color: 'FFFFFF', valign: 'bottom' }),
      fittedText(metrics, { id: 'subtitle', role: 'subtitle', box: { x: 0.9, y: 4.4, w: 11.5, h: 0.7 }, text: '产业发展 · 民生保障 · 基层治理', maxPt: 24, minPt: 16, color: 'D9E1F2' }),
      { type: 'shape', id: 'rule', shape: 'line', box: { x: 0.9, y: 6.6, w: 11.5, h: 0 }, line: { color: '8EA9DB', widthPt: 0.75 } },
      fittedText(metrics, { id: 'date', role: 'footer', box: { x: 0.9, y: 6.7, w: 6, h: 0.45 }, text: '白杨坝村村民委员会　2023年10月', maxPt: 14, minPt: 10, color: 'D9E1F2' }),
    ],
  };
}

const kpis = [
  { value: '2,500万元', label: '农业总产值', change: '同比增长23.5%' },
  { value: '13.9万亩', label: '粮食种植面积', change: '较上年增加0.3万亩' },
  { value: '12个', label: '“三品一标”认证产品', change: '新增3个' },
];

export function chartElement(): ChartElement {
  return {
    type: 'chart',
    id: 'output-chart',
    box: { x: 7.3, y: 1.55, w: 5.5, h: 3.6 },
    chart: 'column',
    title: '主要产业产值',
    categories: ['中药材', '茶叶', '生猪', '蔬菜'],
    series: [
      { name: '2022年', values: [980, 640, 420, 310.5] },
      { name: '2023年', values: [1200, 700, 380, 355.5] },
    ],
    unit: '万元',
    colors: ['9DC3E6', '2F5597'],
    fontSize: 12,
    textColor: '404040',
    altText: '柱状图：主要产业产值（万元）：2022年 中药材 980；茶叶 640；生猪 420；蔬菜 310.5。2023年 中药材 1200；茶叶 700；生猪 380；蔬菜 355.5',
  };
}

export function pillarSlide(metrics: FontMetrics): Slide {
  const tiles = kpis.flatMap((kpi, index) => {
    const x = 0.6 + index * 2.2;
    return [
      rect(`kpi-${index}-tile`, { x, y: 1.55, w: 2.0, h: 1.75 }, 'F2F2F2', 'roundRect'),
      fittedText(metrics, { id: `kpi-${index}-value`, role: 'kpi-value', box: { x: x + 0.1, y: 1.65, w: 1.8, h: 0.7 }, text: kpi.value, maxPt: 28, minPt: 14, bold: true, color: NAVY, align: 'center', valign: 'middle' }),
      fittedText(metrics, { id: `kpi-${index}-label`, role: 'kpi-label', box: { x: x + 0.1, y: 2.35, w: 1.8, h: 0.45 }, text: kpi.label, maxPt: 14, minPt: 10, color: INK, align: 'center' }),
      fittedText(metrics, { id: `kpi-${index}-change`, role: 'kpi-change', box: { x: x + 0.1, y: 2.8, w: 1.8, h: 0.4 }, text: kpi.change, maxPt: 12, minPt: 9, color: 'C00000', align: 'center' }),
    ];
  });
  const bullets = [
    '中药材种植面积稳步扩大，新建标准化基地2个，带动农户增收。',
    '茶叶品牌建设成效明显，“白杨坝红茶”获评市级区域公用品牌。',
    '生猪出栏量受市场价格影响同比下降9.5%，养殖结构持续优化，防疫工作全年无重大疫情。',
  ];
  return {
    kind: 'pillar',
    id: 'pillar:p1',
    sourceId: 'p1',
    background: 'FFFFFF',
    notes: '农业总产值：“1-9月实现农业总产值2,500万元，同比增长23.5%。”\n粮食种植面积：“粮食种植面积13.9万亩。”\n认证产品：“累计认证‘三品一标’产品12个。”',
    elements: [
      rect('header-bar', { x: 0, y: 0, w: 13.333, h: 0.12 }, NAVY),
      fittedText(metrics, { id: 'title', role: 'title', box: { x: 0.6, y: 0.45, w: 12.1, h: 0.8 }, text: '一、产业发展稳中有进', maxPt: 32, minPt: 20, bold: true, color: NAVY, valign: 'middle' }),
      ...tiles,
      chartElement(),
      bulletList(metrics, 'points', { x: 0.6, y: 3.6, w: 6.4, h: 3.0 }, bullets, 16),
      fittedText(metrics, { id: 'page', role: 'page-number', box: { x: 12.2, y: 6.95, w: 0.8, h: 0.35 }, text: '2', maxPt: 11, minPt: 9, color: MUTED, align: 'right' }),
    ],
  };
}

export const fieldJpeg = (): Uint8Array => new Uint8Array(readFileSync(new URL('./fixtures/field.jpg', import.meta.url)));

export function imageSlide(metrics: FontMetrics): Slide {
  const photo = (id: string, box: Box, data: Uint8Array, mime: ImageElement['mime'], altText: string): ImageElement => ({ type: 'image', id, box, data, mime, altText });
  return {
    kind: 'section',
    id: 'section:s2',
    background: 'FFFFFF',
    notes: '',
    elements: [
      fittedText(metrics, { id: 'title', role: 'title', box: { x: 0.6, y: 0.45, w: 12.1, h: 0.8 }, text: '二、人居环境持续改善', maxPt: 32, minPt: 20, bold: true, color: NAVY }),
      photo('photo-1', { x: 0.6, y: 1.5, w: 6.0, h: 4.0 }, fieldJpeg(), 'image/jpeg', '照片：白杨坝村高标准农田'),
      photo('photo-2', { x: 6.9, y: 1.5, w: 5.8, h: 4.0 }, gradientPng(240, 160), 'image/png', '示意图：村道硬化前后对比'),
      fittedText(metrics, { id: 'caption-1', role: 'caption', box: { x: 0.6, y: 5.6, w: 6.0, h: 0.5 }, text: '高标准农田建设现场', maxPt: 14, minPt: 10, color: MUTED, align: 'center' }),
      fittedText(metrics, { id: 'caption-2', role: 'caption', box: { x: 6.9, y: 5.6, w: 5.8, h: 0.5 }, text: '村道硬化工程', maxPt: 14, minPt: 10, color: MUTED, align: 'center' }),
    ],
  };
}

/** A horizontal bar chart of one series, and a box too small for its text: fitText truncates it with "…". */
export function outlookSlide(metrics: FontMetrics): Slide {
  const chart: ChartElement = {
    type: 'chart',
    id: 'plan-chart',
    box: { x: 0.6, y: 1.5, w: 6.6, h: 5.0 },
    chart: 'bar',
    title: '2024年重点项目计划投资',
    categories: ['高标准农田', '村道提升', '冷链仓储', '茶旅融合', '污水治理', '数字乡村'],
    series: [{ name: '计划投资', values: [1850, 1200, 960, 720, 540, 300] }],
    unit: '万元',
    colors: ['C55A11'],
    fontSize: 12,
    textColor: '404040',
    altText: '条形图：2024年重点项目计划投资（万元）：高标准农田 1850；村道提升 1200；冷链仓储 960；茶旅融合 720；污水治理 540；数字乡村 300',
  };
  const long = '下一步，白杨坝村将围绕“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”总要求，持续推进高标准农田建设，完善冷链仓储设施，发展茶旅融合新业态，'.repeat(3);
  return {
    kind: 'outlook',
    id: 'outlook:p6',
    sourceId: 'p6',
    background: 'FBF8F3',
    notes: '计划投资数字来自报告第六部分“2024年工作打算”。',
    elements: [
      fittedText(metrics, { id: 'title', role: 'title', box: { x: 0.6, y: 0.45, w: 12.1, h: 0.8 }, text: '六、2024年工作打算', maxPt: 32, minPt: 20, bold: true, color: '843C0C' }),
      chart,
      rect('note-panel', { x: 7.6, y: 1.5, w: 5.1, h: 2.4 }, 'F4E9DC', 'roundRect'),
      fittedText(metrics, { id: 'note', role: 'body', box: { x: 7.8, y: 1.65, w: 4.7, h: 2.1 }, text: long, maxPt: 18, minPt: 14, color: INK }),
    ],
  };
}

export function sampleDeck(metrics: FontMetrics, slides?: readonly Slide[]): Deck {
  return {
    title: '白杨坝村2023年1-9月工作汇报',
    author: '白杨坝村村民委员会',
    lang: 'zh-CN',
    size: { w: 13.333, h: 7.5 },
    fonts: { latin: '微软雅黑', eastAsian: '微软雅黑' },
    templateId: 'test',
    slides: slides ?? [titleSlide(metrics), pillarSlide(metrics), imageSlide(metrics), outlookSlide(metrics)],
  };
}

/** A small RGB PNG with a diagonal gradient, made here so the tests need no binary fixture for it. */
export function gradientPng(width: number, height: number): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(60 + Math.round((140 * x) / width), 120 + Math.round((80 * y) / height), 170);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  return concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(new Uint8Array(rows))), chunk('IEND', new Uint8Array())]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([new TextEncoder().encode(type), data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
