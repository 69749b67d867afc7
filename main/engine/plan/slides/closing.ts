/** The closing slide: the pack's closing text — its first line large (谢谢！), the others under it. */
import type { Slide, SlideElement } from '../../deck/model.js';
import { backgroundImage, decorations, logo } from '../elements/furniture.js';
import type { PlanContext } from '../plan-context.js';
import { lines, notes, slideData } from '../slide-texts.js';
import { textElement } from '../text/text-element.js';

export function closingSlide(ctx: PlanContext, number: number): Slide {
  const layout = ctx.manifest.slides.closing;
  const id = 'closing';
  const data = slideData(ctx, { kind: 'closing', number });
  const [headline = '', ...detail] = lines(ctx, 'closing', data);
  const elements: SlideElement[] = [...backgroundImage(ctx, id, ctx.pack.backgrounds.closing), ...decorations(ctx, id, layout.decorations), ...logo(ctx, id, layout.logo)];
  const head = textElement(ctx, { id: `${id}/headline`, role: 'title', box: layout.headline.box, style: layout.headline.style, paragraphs: [headline] });
  const rest = textElement(ctx, { id: `${id}/detail`, role: 'subtitle', box: layout.detail.box, style: layout.detail.style, paragraphs: detail });
  if (head) elements.push(head);
  if (rest) elements.push(rest);
  return { kind: 'closing', id, background: ctx.color(layout.background), elements, notes: notes(ctx, data) };
}
