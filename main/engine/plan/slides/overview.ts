/**
 * The overview: one card per pillar with its headline number (the first of its key metrics), so the audience sees
 * the whole report at once. More pillars than the pack's grid holds continue on further overview slides.
 */
import type { Slide } from '../../deck/model.js';
import { cardGrid, pillarCard } from '../elements/card-grid.js';
import { contentFrame } from '../elements/furniture.js';
import type { PlanContext } from '../plan-context.js';
import { footer, line, notes, slideData } from '../slide-texts.js';
import { chunk } from '../chunk.js';

export function overviewSlides(ctx: PlanContext, firstNumber: number): Slide[] {
  const grid = ctx.manifest.slides.overview;
  const pillars = ctx.data.pillars.filter((pillar) => pillar.kind === 'pillar');
  const parts = chunk(pillars, grid.maxCards);
  return parts.map((group, index) => {
    const number = firstNumber + index;
    const id = index === 0 ? 'overview' : `overview:${index + 1}`;
    const numbers = group.flatMap((pillar) => (pillar.headline ? [pillar.headline] : []));
    const data = slideData(ctx, { kind: 'overview', number, part: index + 1, parts: parts.length, numbers });
    const cards = group.map((pillar) => pillarCard(id, pillar));
    const frame = contentFrame(ctx, id, { title: line(ctx, 'overview-title', data), subtitle: line(ctx, 'overview-subtitle', data), footer: footer(ctx, data), pageNumber: number });
    return { kind: 'overview', id, background: ctx.color(ctx.manifest.slides.content.background), elements: [...frame, ...cardGrid(ctx, grid, cards, false)], notes: notes(ctx, data) };
  });
}
