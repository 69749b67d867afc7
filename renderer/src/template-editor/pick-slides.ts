/**
 * Which slides of a planned deck the editor previews: one of each kind the pack styles differently (title, the first
 * content slide with KPI tiles or a chart, the overview, the closing), so every change shows somewhere, and few
 * enough to redraw on each edit.
 */
import type { WireSlide } from '../../../main/contract.js';

const ORDER = ['title', 'pillar', 'section', 'overview', 'dashboard', 'closing'] as const;

export function previewSlides(slides: readonly WireSlide[], max = 4): WireSlide[] {
  const picked: WireSlide[] = [];
  for (const kind of ORDER) {
    const slide = slides.find((candidate) => candidate.kind === kind);
    if (slide && picked.length < max) picked.push(slide);
  }
  // Closing matters most after the title (it carries the office's name); keep it when the cap cut it.
  const closing = slides.find((slide) => slide.kind === 'closing');
  if (closing && !picked.includes(closing)) picked[picked.length - 1] = closing;
  return picked.length > 0 ? picked : slides.slice(0, max);
}
