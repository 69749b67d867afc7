/**
 * Draws one slide of the Deck model as absolutely positioned DOM (text) and SVG (shapes, charts) at 96 px per slide
 * inch, then scales the whole drawing to the size wanted with a CSS transform — so a thumbnail and the large view are
 * the same drawing. Text lines are drawn exactly as the planner broke them (white-space: pre, never wrapped).
 */
import type { ShapeElement, TextElement } from '../../../main/engine/deck/model.js';
import type { WireImageElement, WireSlide } from '../../../main/contract/wire.js';
import { h, svg } from '../dom/h.js';
import { drawChart } from './draw-chart.js';
import { fontStack, PREVIEW_FONT } from './font-face.js';
import { layoutText, type PlacedLine } from './text-layout.js';

/** CSS pixels per slide inch in the unscaled drawing. */
export const PX_PER_INCH = 96;

export interface SlideFrame {
  readonly size: { readonly w: number; readonly h: number };
  readonly fonts: { readonly eastAsian: string; readonly latin: string };
}

const px = (inches: number): string => `${(inches * PX_PER_INCH).toFixed(2)}px`;
const color = (hex: string): string => `#${hex.replace(/^#/, '')}`;

/** The slide drawn at `widthPx` wide, in a box of exactly that size (height from the slide's aspect ratio). */
export function drawScaledSlide(slide: WireSlide, frame: SlideFrame, widthPx: number): HTMLElement {
  const scale = widthPx / (frame.size.w * PX_PER_INCH);
  const drawing = drawSlide(slide, frame);
  drawing.style.transform = `scale(${scale})`;
  return h('div', { class: 'slide-frame', style: { width: `${widthPx}px`, height: `${(widthPx * frame.size.h) / frame.size.w}px` } }, drawing);
}

export function drawSlide(slide: WireSlide, frame: SlideFrame): HTMLElement {
  const root = h('div', {
    class: 'slide-drawing',
    attrs: { 'data-slide-id': slide.id, 'data-kind': slide.kind },
    style: { width: px(frame.size.w), height: px(frame.size.h), background: color(slide.background), fontFamily: fontStack(frame.fonts) },
  });
  for (const element of slide.elements) {
    switch (element.type) {
      case 'text':
        root.append(...drawText(element));
        break;
      case 'shape':
        root.append(drawShape(element));
        break;
      case 'image':
        root.append(drawImage(element));
        break;
      case 'chart':
        root.append(drawChart(element, frame.size, PX_PER_INCH));
        break;
    }
  }
  return root;
}

function drawText(element: TextElement): HTMLElement[] {
  const lines = layoutText(element, PREVIEW_FONT);
  const lineHeight = String(PREVIEW_FONT.ascenderEm + PREVIEW_FONT.descenderEm);
  return lines.flatMap((line) => {
    const out = [drawLine(line, element, lineHeight)];
    if (line.bullet) {
      out.push(
        h('div', {
          class: 'slide-line',
          text: line.bullet.char,
          style: { left: px(line.bullet.left), top: px(line.bullet.top), fontSize: `${line.bullet.sizePt}pt`, lineHeight, color: color(line.bullet.color) },
        }),
      );
    }
    return out;
  });
}

function drawLine(line: PlacedLine, element: TextElement, lineHeight: string): HTMLElement {
  return h(
    'div',
    {
      class: 'slide-line',
      attrs: { 'data-role': element.role },
      style: { left: px(line.left), top: px(line.top), width: px(line.width), fontSize: `${line.sizePt}pt`, lineHeight, textAlign: line.align },
    },
    line.runs.map((run) => h('span', { text: run.text, style: { fontSize: `${run.fontSize}pt`, fontWeight: run.bold ? '700' : '400', color: color(run.color) } })),
  );
}

/** Shapes as SVG so outlines are centred on the edge as in PowerPoint; round corners use the PPTX writer's rule. */
function drawShape(element: ShapeElement): SVGSVGElement {
  const { w, h: height } = element.box;
  const stroke = element.line ? { stroke: color(element.line.color), 'stroke-width': (element.line.widthPt / 72) * PX_PER_INCH } : { stroke: 'none' };
  const fill = element.fill !== undefined && element.shape !== 'line' ? color(element.fill) : 'none';
  const W = w * PX_PER_INCH;
  const H = height * PX_PER_INCH;
  let shape: SVGElement;
  switch (element.shape) {
    case 'rect':
      shape = svg('rect', { x: 0, y: 0, width: W, height: H, fill, ...stroke });
      break;
    case 'roundRect': {
      const radius = (Math.min(Math.max(element.radius ?? 0.2, 0), 1) * Math.min(W, H)) / 2;
      shape = svg('rect', { x: 0, y: 0, width: W, height: H, rx: radius, ry: radius, fill, ...stroke });
      break;
    }
    case 'ellipse':
      shape = svg('ellipse', { cx: W / 2, cy: H / 2, rx: W / 2, ry: H / 2, fill, ...stroke });
      break;
    case 'line':
      shape = svg('line', { x1: 0, y1: 0, x2: W, y2: H, ...stroke });
      break;
  }
  const out = svg('svg', { class: 'slide-shape', width: Math.max(W, 1), height: Math.max(H, 1), 'aria-hidden': 'true' }, shape);
  out.style.left = px(element.box.x);
  out.style.top = px(element.box.y);
  return out;
}

function drawImage(element: WireImageElement): HTMLElement {
  return h('img', {
    class: 'slide-image',
    attrs: { src: element.src, alt: element.altText, draggable: 'false' },
    style: { left: px(element.box.x), top: px(element.box.y), width: px(element.box.w), height: px(element.box.h) },
  });
}
