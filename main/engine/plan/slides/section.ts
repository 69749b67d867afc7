/**
 * A section slide (the `full` preset): the section's own numbers as tiles, its points (or the sentences that carry
 * its numbers) as short bullets, and a chart when three or more of its numbers are comparable.
 */
import type { Slide } from '../../deck/model.js';
import type { MetricData, PillarData, SectionData } from '../../template/data.js';
import { chartElement } from '../elements/chart.js';
import { contentFrame } from '../elements/furniture.js';
import { kpiTiles } from '../elements/kpi-tiles.js';
import type { PlanContext } from '../plan-context.js';
import { footer, line, notes, slideData } from '../slide-texts.js';
import { sentences, shorten, splitPoint } from '../text/short-text.js';
import { chartBox, chooseTiles, layoutParts, type BodyRow } from './pillar.js';

const MAX_BULLETS = 6;
const TITLE_CHARS = 22;
const DETAIL_CHARS = 48;

export function sectionSlides(ctx: PlanContext, pillar: PillarData, section: SectionData, firstNumber: number): Slide[] {
  const baseId = `section:${section.id}`;
  const keyIds = new Set(pillar.keyMetrics.map((metric) => metric.id));
  const key = [...section.metrics.filter((metric) => keyIds.has(metric.id)), ...section.metrics.filter((metric) => !keyIds.has(metric.id))];
  const tileGroups = chooseTiles(ctx, key, section.metrics);
  const rows = sectionBullets(baseId, section);
  const layout = ctx.manifest.slides.section;
  const parts = layoutParts(ctx, baseId, layout, tileGroups, rows, section.metrics);
  return parts.map((part, index) => {
    const id = index === 0 ? baseId : `${baseId}:${index + 1}`;
    const number = firstNumber + index;
    const chart = part.chart ? { unit: part.chart.unit, family: part.chart.family.name, count: part.chart.metrics.length } : undefined;
    const numbers = [...part.tiles, ...(part.chart?.metrics ?? []), ...part.numbers];
    const data = slideData(ctx, { kind: 'section', number, part: index + 1, parts: parts.length, pillar, section, numbers, ...(chart ? { chart } : {}) });
    const frame = contentFrame(ctx, id, { title: line(ctx, 'section-title', data), subtitle: line(ctx, 'section-subtitle', data), footer: footer(ctx, data), pageNumber: number });
    const chartElements = part.chart ? [chartElement(ctx, `${id}/chart`, chartBox(layout), part.chart, line(ctx, 'chart-title', data))] : [];
    const elements = [...frame, ...kpiTiles(ctx, id, layout.tiles, part.tiles), ...chartElements, ...part.elements];
    return { kind: 'section', id, sourceId: section.id, background: ctx.color(ctx.manifest.slides.content.background), elements, notes: notes(ctx, data) };
  });
}

/**
 * Bullets from the section's enumerated points (lead phrase bold, what follows as detail); without points, from the
 * sentences of its paragraphs, those carrying numbers first.
 */
export function sectionBullets(slideId: string, section: SectionData): BodyRow[] {
  const withNumbers = (text: string): MetricData[] => section.metrics.filter((metric) => text.includes(metric.raw));
  if (section.points.length > 0) {
    return section.points.slice(0, MAX_BULLETS).map((point, i) => {
      const { title, detail } = splitPoint(point, TITLE_CHARS, DETAIL_CHARS);
      return { id: `${slideId}/point-${i + 1}`, title, ...(detail ? { detail } : {}), numbers: withNumbers(`${title}${detail ?? ''}`) };
    });
  }
  const all = section.paragraphs.flatMap(sentences).filter((sentence) => [...sentence].length >= 6);
  const chosen = [...all.filter((s) => withNumbers(s).length > 0), ...all.filter((s) => withNumbers(s).length === 0)].slice(0, MAX_BULLETS);
  return all
    .filter((sentence) => chosen.includes(sentence))
    .map((sentence, i) => {
      const text = shorten(sentence, TITLE_CHARS + DETAIL_CHARS);
      return { id: `${slideId}/sentence-${i + 1}`, title: text, plain: true, numbers: withNumbers(text) };
    });
}
