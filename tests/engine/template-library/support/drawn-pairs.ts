/**
 * What a planned slide really draws: every run of text (and a chart's labels) with the colours under it — the slide
 * background, the filled shapes drawn before it that it lies on, and the pixels of background art behind it. Runs
 * are placed the way the handout draws them (write/pdf/handout/draw-text.ts): insets, line pitch, vertical
 * anchoring, alignment. Independent of the manifest, so it catches pairs the pack checker does not know about.
 */
import type { Box, Slide, SlideElement, TextElement } from '../../../../main/engine/deck/model.js';
import type { FontMetrics } from '../../../../main/engine/layout/font-metrics.js';
import { textWidthPt } from '../../../../main/engine/layout/measure.js';
import { decodePng, type Bitmap } from './decode-png.js';

export interface DrawnPair {
  /** Element id and the run's text, for the failure message. */
  readonly what: string;
  readonly color: string;
  readonly sizePt: number;
  readonly bold: boolean;
  /** Each colour under the text, with how much of the text's area it lies under (0–1); `art` for a picture's pixels. */
  readonly grounds: readonly Ground[];
  /** The slide's own background colour, what the pack checker compares text on background art with. */
  readonly slideBackground: string;
}

export interface Ground {
  readonly color: string;
  readonly share: number;
  readonly art: boolean;
}

const PT = 72;
/** A shape counts as under a run when it covers this share of it: a hairline grazing a word does not. */
const COVERS = 0.1;

export function drawnPairs(slide: Slide, metrics: FontMetrics): DrawnPair[] {
  return slide.elements.flatMap((element, index) => {
    const below = slide.elements.slice(0, index);
    if (element.type === 'chart') {
      return [{ what: `${element.id} labels`, color: element.textColor, sizePt: element.fontSize, bold: false, grounds: groundsUnder(element.box, below, slide.background), slideBackground: slide.background }];
    }
    if (element.type !== 'text') return [];
    return runRects(element, metrics).map(({ run, rect }) => ({ what: `${element.id} "${run.text}"`, color: run.color, sizePt: run.fontSize, bold: run.bold, grounds: groundsUnder(rect, below, slide.background), slideBackground: slide.background }));
  });
}

function runRects(element: TextElement, metrics: FontMetrics): { run: TextElement['paragraphs'][number]['lines'][number][number]; rect: Box }[] {
  const { box, inset } = element;
  const height = element.paragraphs.reduce((sum, p) => sum + p.spaceBeforePt + p.lines.length * p.lineHeightPt, 0) / PT;
  const free = box.h - 2 * inset - height;
  let top = box.y + inset + (element.valign === 'top' ? 0 : element.valign === 'middle' ? free / 2 : free);
  const out: ReturnType<typeof runRects> = [];
  for (const paragraph of element.paragraphs) {
    top += paragraph.spaceBeforePt / PT;
    for (const line of paragraph.lines) {
      const runs = line.filter((run) => run.text.trim() !== '');
      const widths = line.map((run) => textWidthPt(metrics, run.text, run.fontSize, run.bold) / PT);
      const total = widths.reduce((a, b) => a + b, 0);
      const room = box.w - 2 * inset;
      let x = box.x + inset + (paragraph.align === 'left' ? 0 : paragraph.align === 'center' ? (room - total) / 2 : room - total);
      line.forEach((run, i) => {
        const w = widths[i] ?? 0;
        if (runs.includes(run) && w > 0) out.push({ run, rect: { x, y: top, w, h: paragraph.lineHeightPt / PT } });
        x += w;
      });
      top += paragraph.lineHeightPt / PT;
    }
  }
  return out;
}

/** Colours under `rect`, top-most first wins: a later shape that covers it hides everything drawn before. */
function groundsUnder(rect: Box, below: readonly SlideElement[], background: string): Ground[] {
  let grounds: Ground[] = [{ color: background, share: 1, art: false }];
  for (const element of below) {
    const share = overlap(rect, element.box) / (rect.w * rect.h);
    if (element.type === 'shape' && element.fill && element.shape !== 'line' && share >= COVERS) {
      grounds = share >= 1 - 1e-9 && element.shape !== 'ellipse' ? [{ color: element.fill, share: 1, art: false }] : [...grounds, { color: element.fill, share, art: false }];
    } else if (element.type === 'image' && share >= COVERS) {
      const pixels = pixelsUnder(rect, element.box, element.data, element.mime);
      grounds = share >= 1 - 1e-9 ? pixels : [...grounds, ...pixels.map((p) => ({ ...p, share: p.share * share }))];
    }
  }
  return grounds;
}

const bitmaps = new WeakMap<Uint8Array, Bitmap>();

/** The art's pixels under `rect`, sampled on a grid, each with its share of the samples. */
function pixelsUnder(rect: Box, imageBox: Box, data: Uint8Array, mime: string): Ground[] {
  if (mime !== 'image/png') throw new Error(`cannot sample ${mime} art`);
  let bitmap = bitmaps.get(data);
  if (!bitmap) bitmaps.set(data, (bitmap = decodePng(data)));
  const counts = new Map<string, number>();
  const steps = 24;
  for (let i = 0; i < steps; i += 1) {
    for (let j = 0; j < steps; j += 1) {
      const x = rect.x + ((i + 0.5) / steps) * rect.w;
      const y = rect.y + ((j + 0.5) / steps) * rect.h;
      if (x < imageBox.x || y < imageBox.y || x >= imageBox.x + imageBox.w || y >= imageBox.y + imageBox.h) continue;
      const px = Math.min(bitmap.width - 1, Math.floor(((x - imageBox.x) / imageBox.w) * bitmap.width));
      const py = Math.min(bitmap.height - 1, Math.floor(((y - imageBox.y) / imageBox.h) * bitmap.height));
      const color = bitmap.pixel(px, py);
      counts.set(color, (counts.get(color) ?? 0) + 1);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return [...counts].map(([color, count]) => ({ color, share: count / total, art: true }));
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
