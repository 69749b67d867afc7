/** The title slide: the report's title, subtitle and meta lines (organisation, date) over the pack's cover art. */
import type { Slide, SlideElement } from '../../deck/model.js';
import { backgroundImage, decorations, logo } from '../elements/furniture.js';
import type { PlanContext } from '../plan-context.js';
import { line, lines, notes, slideData } from '../slide-texts.js';
import { textElement } from '../text/text-element.js';

export function titleSlide(ctx: PlanContext, number: number): Slide {
  const layout = ctx.manifest.slides.title;
  const id = 'title';
  const data = slideData(ctx, { kind: 'title', number });
  const texts: [string, 'title' | 'subtitle' | 'caption', typeof layout.title, string[]][] = [
    ['title', 'title', layout.title, [line(ctx, 'title', data)]],
    ['subtitle', 'subtitle', layout.subtitle, [line(ctx, 'subtitle', data)]],
    ['meta', 'caption', layout.meta, lines(ctx, 'title-meta', data)],
  ];
  const elements: SlideElement[] = [...backgroundImage(ctx, id, ctx.pack.backgrounds.title), ...decorations(ctx, id, layout.decorations), ...logo(ctx, id, layout.logo)];
  for (const [name, role, slot, paragraphs] of texts) {
    const element = textElement(ctx, { id: `${id}/${name}`, role, box: slot.box, style: slot.style, paragraphs, balance: name !== 'meta' });
    if (element) elements.push(element);
  }
  return { kind: 'title', id, background: ctx.color(layout.background), elements, notes: notes(ctx, data) };
}
