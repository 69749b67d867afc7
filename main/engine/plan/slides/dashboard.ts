/**
 * The one-page dashboard (`onepage` preset): a card per pillar with its headline number and a line of two more, and
 * under the cards a strip with the outlook's plans. More pillars than the grid holds continue on further slides.
 */
import type { Slide, SlideElement } from '../../deck/model.js';
import type { PillarData } from '../../template/data.js';
import { chunk } from '../chunk.js';
import { cardGrid, pillarCard, type CardContent } from '../elements/card-grid.js';
import { contentFrame } from '../elements/furniture.js';
import type { PlanContext } from '../plan-context.js';
import { footer, line, notes, slideData } from '../slide-texts.js';
import { textElement } from '../text/text-element.js';

const EXTRA_NUMBERS = 2;

export function dashboardSlides(ctx: PlanContext, firstNumber: number): Slide[] {
  const layout = ctx.manifest.slides.dashboard;
  const pillars = ctx.data.pillars.filter((pillar) => pillar.kind === 'pillar');
  const groups = chunk(pillars, layout.maxCards);
  if (groups.length > 1) ctx.warn(`onepage: ${pillars.length} pillars need ${groups.length} dashboard slides (${layout.maxCards} fit on one)`);
  return groups.map((group, index) => {
    const id = index === 0 ? 'dashboard' : `dashboard:${index + 1}`;
    const number = firstNumber + index;
    const cards = group.map((pillar) => card(id, pillar));
    const numbers = group.flatMap((pillar) => pillar.keyMetrics.slice(0, 1 + EXTRA_NUMBERS));
    const data = slideData(ctx, { kind: 'dashboard', number, part: index + 1, parts: groups.length, numbers });
    const frame = contentFrame(ctx, id, { title: line(ctx, 'dashboard-title', data), subtitle: line(ctx, 'dashboard-subtitle', data), footer: footer(ctx, data), pageNumber: number });
    const elements: SlideElement[] = [...frame, ...cardGrid(ctx, layout, cards, true)];
    const strip = layout.strip && index === groups.length - 1 ? textElement(ctx, { id: `${id}/strip`, role: 'caption', box: layout.strip.box, style: layout.strip.style, paragraphs: [line(ctx, 'dashboard-strip', data)] }) : undefined;
    if (strip) elements.push(strip);
    return { kind: 'dashboard', id, background: ctx.color(ctx.manifest.slides.content.background), elements, notes: notes(ctx, data) };
  });
}

function card(slideId: string, pillar: PillarData): CardContent {
  const extras = pillar.keyMetrics.slice(1, 1 + EXTRA_NUMBERS);
  return pillarCard(slideId, pillar, extras.map((metric) => `${metric.label}${metric.display}`));
}
