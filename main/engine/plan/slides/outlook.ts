/**
 * The outlook slide: the report's plans ("下一步") as short bullets — each outlook section's title with the first
 * clause of what it plans — in the pack's columns. The sample's outlook has no numbers; any it has are quoted.
 */
import type { Slide } from '../../deck/model.js';
import type { PillarData, SectionData } from '../../template/data.js';
import { bulletRows } from '../elements/bullet-rows.js';
import { contentFrame } from '../elements/furniture.js';
import type { PlanContext } from '../plan-context.js';
import { footer, line, notes, slideData } from '../slide-texts.js';
import { sentences, shorten } from '../text/short-text.js';
import type { BodyRow } from './pillar.js';

const DETAIL_CHARS = 40;

export function outlookSlides(ctx: PlanContext, outlook: PillarData, firstNumber: number): Slide[] {
  const layout = ctx.manifest.slides.outlook;
  const slides: Slide[] = [];
  let remaining: BodyRow[] = outlook.sections.map((section) => outlookRow(outlook, section));
  const groups: { rows: BodyRow[]; elements: Slide['elements'] }[] = [];
  do {
    const placed = bulletRows(ctx, remaining, layout.body, layout.columns);
    groups.push({ rows: remaining.slice(0, placed.placed), elements: placed.elements });
    remaining = remaining.slice(placed.placed);
  } while (remaining.length > 0);
  groups.forEach((group, index) => {
    const id = index === 0 ? `outlook:${outlook.id}` : `outlook:${outlook.id}:${index + 1}`;
    const number = firstNumber + index;
    const data = slideData(ctx, { kind: 'outlook', number, part: index + 1, parts: groups.length, pillar: outlook, numbers: group.rows.flatMap((row) => row.numbers) });
    const frame = contentFrame(ctx, id, { title: line(ctx, 'outlook-title', data), subtitle: line(ctx, 'outlook-subtitle', data), footer: footer(ctx, data), pageNumber: number });
    slides.push({ kind: 'outlook', id, sourceId: outlook.id, background: ctx.color(ctx.manifest.slides.content.background), elements: [...frame, ...group.elements], notes: notes(ctx, data) });
  });
  return slides;
}

function outlookRow(outlook: PillarData, section: SectionData): BodyRow {
  const first = sentences([...section.paragraphs, ...section.points].join('。'))[0] ?? '';
  const detail = first ? shorten(first, DETAIL_CHARS) : '';
  const numbers = section.metrics.filter((metric) => detail.includes(metric.raw));
  return { id: `outlook:${outlook.id}/${section.id}`, title: section.title, ...(section.headline ? { headline: section.headline } : {}), ...(detail ? { detail } : {}), numbers };
}
