/**
 * A section slide (the `full` preset): the section's own numbers as tiles, its points (or the sentences that carry
 * its numbers) as short bullets, and a chart when three or more of its numbers are comparable.
 */
import type { Slide } from '../../deck/model.js';
import type { MetricData, PillarData, SectionData } from '../../template/data.js';
import type { BodyLayout } from '../../template/manifest-schema.js';
import { chartElement } from '../elements/chart.js';
import { contentFrame } from '../elements/furniture.js';
import { kpiTiles } from '../elements/kpi-tiles.js';
import type { PlanContext } from '../plan-context.js';
import { footer, line, notes, slideData } from '../slide-texts.js';
import { sentences, shorten, splitPoint } from '../text/short-text.js';
import { bulletRows } from '../elements/bullet-rows.js';
import { chartBox, chooseTiles, firstRowsArea, layoutParts, type BodyRow } from './pillar.js';

const MAX_BULLETS = 6;
const TITLE_CHARS = 22;
const DETAIL_CHARS = 48;
/** A sentence bullet: about three lines beside a chart at the smallest size. */
const SENTENCE_CHARS = 64;

export function sectionSlides(ctx: PlanContext, pillar: PillarData, section: SectionData, firstNumber: number): Slide[] {
  const baseId = `section:${section.id}`;
  const keyIds = new Set(pillar.keyMetrics.map((metric) => metric.id));
  const key = [...section.metrics.filter((metric) => keyIds.has(metric.id)), ...section.metrics.filter((metric) => !keyIds.has(metric.id))];
  const tileGroups = chooseTiles(ctx, key, section.metrics);
  const layout = ctx.manifest.slides.section;
  const bullets = sectionBullets(baseId, section);
  // Sentences are excerpts: keep the ones that fit (those with numbers first) rather than continue a slide for them.
  const rows = bullets.excerpts ? fittingExcerpts(ctx, layout, tileGroups[0] ?? [], bullets, section.metrics) : bullets.rows;
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

export interface SectionBullets {
  /** In reading order. */
  readonly rows: BodyRow[];
  /** Sentences picked from the paragraphs (not the section's own enumerated points), most telling first. */
  readonly excerpts: boolean;
  /** Row ids from the most to the least telling (those carrying numbers first). */
  readonly priority: string[];
}

/**
 * Bullets from the section's enumerated points (lead phrase bold, what follows as detail); without points, from the
 * sentences of its paragraphs, those carrying numbers first.
 */
export function sectionBullets(slideId: string, section: SectionData): SectionBullets {
  const withNumbers = (text: string): MetricData[] => section.metrics.filter((metric) => text.includes(metric.raw));
  if (section.points.length > 0) {
    const rows = section.points.map((point, i): BodyRow => {
      const { title, detail } = splitPoint(point, TITLE_CHARS, DETAIL_CHARS);
      return { id: `${slideId}/point-${i + 1}`, title, ...(detail ? { detail } : {}), numbers: withNumbers(`${title}${detail ?? ''}`) };
    });
    return { rows, excerpts: false, priority: rows.map((row) => row.id) };
  }
  const rows = section.paragraphs
    .flatMap(sentences)
    .filter((sentence) => [...sentence].length >= 6)
    .map((sentence, i): BodyRow => {
      const text = shorten(sentence, SENTENCE_CHARS);
      return { id: `${slideId}/sentence-${i + 1}`, title: text, plain: true, numbers: withNumbers(text) };
    });
  const priority = [...rows.filter((row) => row.numbers.length > 0), ...rows.filter((row) => row.numbers.length === 0)].map((row) => row.id);
  return { rows, excerpts: true, priority };
}

/**
 * The most telling excerpts (at most MAX_BULLETS) that fit the first slide, shown in reading order. A set of rows
 * needs the same height in any order, so one placement in order of priority says how many fit.
 */
function fittingExcerpts(ctx: PlanContext, layout: BodyLayout, tiles: readonly MetricData[], bullets: SectionBullets, chartPool: readonly MetricData[]): BodyRow[] {
  const byId = new Map(bullets.rows.map((row) => [row.id, row]));
  const ranked = bullets.priority.slice(0, MAX_BULLETS).flatMap((id) => byId.get(id) ?? []);
  const fit = bulletRows(ctx, ranked, firstRowsArea(ctx, layout, tiles, chartPool)).placed;
  const keep = new Set(ranked.slice(0, Math.max(1, fit)).map((row) => row.id));
  return bullets.rows.filter((row) => keep.has(row.id));
}
