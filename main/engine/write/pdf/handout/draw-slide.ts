/**
 * One Slide of the Deck → pdfmake content placed on a handout page: the slide's background, then its elements in
 * their order (later ones on top, as in the PPTX), all through the slide's frame. A thin border marks the slide's
 * edge when it shares the page with others, so a white slide does not melt into the paper.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { Deck, Slide, SlideElement } from '../../../deck/model.js';
import { drawChart } from './draw-chart.js';
import { drawImage } from './draw-image.js';
import { drawShape } from './draw-shape.js';
import { drawText } from './draw-text.js';
import { cssColor, type Frame } from './frame.js';
import type { PdfImages } from '../pdf-images.js';
import type { TextMetrics } from '../text-metrics.js';

const EDGE_COLOR = '#BFBFBF';

export function drawSlide(slide: Slide, deck: Deck, frame: Frame, metrics: TextMetrics, images: PdfImages, edge: boolean): Content[] {
  const w = deck.size.w * frame.scale;
  const h = deck.size.h * frame.scale;
  const background: Content = { canvas: [{ type: 'rect', x: 0, y: 0, w, h, color: cssColor(slide.background) }], absolutePosition: { x: frame.x, y: frame.y } };
  const elements = slide.elements.flatMap((element) => drawElement(element, frame, metrics, images));
  const border: Content[] = edge ? [{ canvas: [{ type: 'rect', x: 0, y: 0, w, h, lineColor: EDGE_COLOR, lineWidth: 0.5 }], absolutePosition: { x: frame.x, y: frame.y } }] : [];
  return [background, ...elements, ...border];
}

function drawElement(element: SlideElement, frame: Frame, metrics: TextMetrics, images: PdfImages): Content[] {
  switch (element.type) {
    case 'text':
      return drawText(element, frame, metrics);
    case 'shape':
      return drawShape(element, frame);
    case 'image':
      return drawImage(element, frame, images);
    case 'chart':
      return drawChart(element, frame, metrics);
  }
}
