/** A slide's name for thumbnails, screen readers and the slide counter: the text of its title element, or its kind. */
import type { WireSlide } from '../../../main/contract/wire.js';

export function slideTitle(slide: WireSlide): string {
  const title = slide.elements.find((element) => element.type === 'text' && element.role === 'title') ?? slide.elements.find((element) => element.type === 'text' && element.role === 'heading');
  if (!title || title.type !== 'text') return '';
  return title.paragraphs
    .flatMap((paragraph) => paragraph.lines.map((line) => line.map((run) => run.text).join('')))
    .join('')
    .trim();
}
