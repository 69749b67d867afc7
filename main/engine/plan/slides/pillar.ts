/**
 * The pillar slide, the heart of the deck: heading and subheading, a row of KPI tiles (the pillar's key numbers,
 * pinned ones first), one short bullet per section with a line of its other numbers, and a native chart when
 * three or more of the pillar's numbers share a unit family. What does not fit — more sections than the body holds
 * at the smallest allowed size, more pinned numbers than tiles — continues on further slides ("（续）").
 */
import type { Box, Slide, SlideElement } from '../../deck/model.js';
import type { MetricData, PillarData, SectionData } from '../../template/data.js';
import type { BodyLayout } from '../../template/manifest-schema.js';
import { box } from '../geometry.js';
import type { BulletRow } from '../elements/bullet-rows.js';
import { bulletRows } from '../elements/bullet-rows.js';
import { chartElement, pickChart, type ChartPick } from '../elements/chart.js';
import { contentFrame } from '../elements/furniture.js';
import { kpiTiles } from '../elements/kpi-tiles.js';
import type { PlanContext } from '../plan-context.js';
import { footer, line, notes, slideData } from '../slide-texts.js';

/** What one slide of a pillar (or section) shows, before its words are rendered. */
export interface BodyPart {
  readonly tiles: readonly MetricData[];
  readonly chart?: ChartPick;
  readonly elements: SlideElement[];
  /** Numbers shown in the bullets of this part. */
  readonly numbers: readonly MetricData[];
}

export interface BodyRow extends BulletRow {
  readonly numbers: readonly MetricData[];
}

export function pillarSlides(ctx: PlanContext, pillar: PillarData, firstNumber: number): Slide[] {
  const tileGroups = chooseTiles(ctx, pillar.keyMetrics, pillar.metrics);
  const onTiles = new Set(tileGroups.flat().map((metric) => metric.id));
  const rows = pillar.sections.map((section) => sectionRow(ctx, pillar, section, onTiles));
  if (pillar.metrics.length === 0) ctx.warn(`pillar "${pillar.title}" has no numbers: its slide has no KPI tiles`);
  const parts = layoutParts(ctx, `pillar:${pillar.id}`, ctx.manifest.slides.pillar, tileGroups, rows, pillar.metrics);
  return parts.map((part, index) => {
    const id = index === 0 ? `pillar:${pillar.id}` : `pillar:${pillar.id}:${index + 1}`;
    const number = firstNumber + index;
    const chart = part.chart ? { unit: part.chart.unit, family: part.chart.family.name, count: part.chart.metrics.length } : undefined;
    const data = slideData(ctx, { kind: 'pillar', number, part: index + 1, parts: parts.length, pillar, numbers: [...part.tiles, ...(part.chart?.metrics ?? []), ...part.numbers], ...(chart ? { chart } : {}) });
    const frame = contentFrame(ctx, id, { title: line(ctx, 'pillar-title', data), subtitle: line(ctx, 'pillar-subtitle', data), footer: footer(ctx, data), pageNumber: number });
    const chartElements = part.chart ? [chartElement(ctx, `${id}/chart`, chartBox(ctx.manifest.slides.pillar), part.chart, line(ctx, 'chart-title', data))] : [];
    const elements = [...frame, ...kpiTiles(ctx, id, ctx.manifest.slides.pillar.tiles, part.tiles), ...chartElements, ...part.elements];
    return { kind: 'pillar', id, sourceId: pillar.id, background: ctx.color(ctx.manifest.slides.content.background), elements, notes: notes(ctx, data) };
  });
}

/**
 * Tiles: the key metrics up to the pack's tile count, topped up from the pillar's other numbers to at least three.
 * Pinned metrics beyond the count are the user's explicit wish, so they get tiles on continuation slides.
 */
export function chooseTiles(ctx: PlanContext, keyMetrics: readonly MetricData[], all: readonly MetricData[]): MetricData[][] {
  const capacity = ctx.manifest.kpi.tiles;
  const first = keyMetrics.slice(0, capacity);
  const wanted = Math.min(3, capacity);
  if (first.length < wanted) {
    const chosen = new Set(first.map((metric) => metric.id));
    const others = all.filter((metric) => !chosen.has(metric.id));
    const withChange = others.filter((metric) => metric.change);
    first.push(...[...withChange, ...others.filter((metric) => !metric.change)].slice(0, wanted - first.length));
  }
  const pinned = new Set(ctx.selection.pinned);
  const overflow = keyMetrics.slice(capacity).filter((metric) => pinned.has(metric.id));
  const groups = [first];
  for (let i = 0; i < overflow.length; i += capacity) groups.push(overflow.slice(i, i + capacity));
  return groups.filter((group, index) => index === 0 || group.length > 0);
}

/** A section as a bullet: its title and headline, and a line of its numbers that are not on a tile. */
function sectionRow(ctx: PlanContext, pillar: PillarData, section: SectionData, onTiles: ReadonlySet<string>): BodyRow {
  const keyIds = new Set(pillar.keyMetrics.map((metric) => metric.id));
  const candidates = section.metrics.filter((metric) => !onTiles.has(metric.id));
  const ordered = [...candidates.filter((metric) => keyIds.has(metric.id)), ...candidates.filter((metric) => !keyIds.has(metric.id))];
  const numbers = ordered.slice(0, ctx.manifest.bullets.detailNumbers);
  const detail = numbers.map((metric) => `${metric.label}${metric.display}`).join(' · ');
  return { id: `pillar:${pillar.id}/${section.id}`, title: section.title, ...(section.headline ? { headline: section.headline } : {}), ...(detail ? { detail } : {}), numbers };
}

/**
 * Split a body (tiles, chart, rows) over as many slides as it needs. The first slide has the first tile group and the
 * chart, bullets fill the space left. When they do not all fit, the bullets first lose their number lines (the
 * numbers stay in tiles, chart and notes); only then do they continue on further slides, shared out evenly so a
 * continuation never carries a lone bullet while the first slide is crammed.
 */
export function layoutParts(ctx: PlanContext, slideId: string, layout: BodyLayout, tileGroups: readonly MetricData[][], rows: readonly BodyRow[], chartPool: readonly MetricData[]): BodyPart[] {
  const firstTiles = tileGroups[0] ?? [];
  const chart = chartFor(ctx, firstTiles, chartPool);
  const areaFor = (index: number): Box => rowsArea(layout, (tileGroups[index] ?? []).length > 0, index === 0 && chart !== undefined);
  const onePart = (placed: { elements: SlideElement[] }, numbers: readonly MetricData[]): BodyPart[] => [{ tiles: firstTiles, ...(chart ? { chart } : {}), elements: placed.elements, numbers }];
  if (tileGroups.length <= 1) {
    const full = bulletRows(ctx, rows, areaFor(0));
    if (full.placed === rows.length) return onePart(full, rows.flatMap((row) => row.numbers));
    if (rows.some((row) => row.detail)) {
      const bare = bulletRows(ctx, rows.map(({ detail: _detail, ...row }) => ({ ...row, numbers: [] })), areaFor(0));
      if (bare.placed === rows.length) return onePart(bare, []);
    }
  }
  const greedy = splitRows(ctx, rows, tileGroups.length, areaFor, () => Infinity);
  if (greedy.length <= 1) return toParts(greedy, tileGroups, chart);
  // As many slides as the greedy split needs, the rows shared out evenly over them: the first takes at most its
  // even share, each later slide an even share of what is left.
  const parts = greedy.length;
  const even = splitRows(ctx, rows, tileGroups.length, areaFor, (index, left) => Math.ceil(index === 0 ? rows.length / parts : left / (parts - index)));
  // A body spread over many slides is worth telling: its text is probably not a summary.
  if (parts > 2) ctx.warn(`${slideId}: continues over ${parts} slides`);
  return toParts(even.length === parts ? even : greedy, tileGroups, chart);
}

interface RowSplit {
  readonly rows: readonly BodyRow[];
  readonly elements: SlideElement[];
}

/** Place rows part by part, at most `limit(index, rows left)` per part, until rows and tile groups are used up. */
function splitRows(ctx: PlanContext, rows: readonly BodyRow[], tileParts: number, areaFor: (index: number) => Box, limit: (index: number, left: number) => number): RowSplit[] {
  const parts: RowSplit[] = [];
  let remaining = [...rows];
  for (let index = 0; index === 0 || remaining.length > 0 || index < tileParts; index += 1) {
    const offered = remaining.slice(0, Math.max(1, limit(index, remaining.length)));
    const placed = bulletRows(ctx, offered, areaFor(index));
    parts.push({ rows: offered.slice(0, placed.placed), elements: placed.elements });
    remaining = remaining.slice(placed.placed);
  }
  return parts;
}

function toParts(splits: readonly RowSplit[], tileGroups: readonly MetricData[][], chart: ChartPick | undefined): BodyPart[] {
  return splits.map((split, index) => ({
    tiles: tileGroups[index] ?? [],
    ...(index === 0 && chart ? { chart } : {}),
    elements: split.elements,
    numbers: split.rows.flatMap((row) => row.numbers),
  }));
}

function chartFor(ctx: PlanContext, tiles: readonly MetricData[], pool: readonly MetricData[]): ChartPick | undefined {
  return ctx.manifest.chart.enabled ? pickChart(pool, tiles, ctx.manifest.chart.maxCategories) : undefined;
}

/** Where the bullets of a body's first slide go: beside its chart, under its tiles (if it has them). */
export function firstRowsArea(ctx: PlanContext, layout: BodyLayout, tiles: readonly MetricData[], chartPool: readonly MetricData[]): Box {
  return rowsArea(layout, tiles.length > 0, chartFor(ctx, tiles, chartPool) !== undefined);
}

/** The bullets' area: the body, widened up into the tile row when there are no tiles, narrowed for a chart. */
function rowsArea(layout: BodyLayout, hasTiles: boolean, hasChart: boolean): Box {
  const top = hasTiles ? layout.body.y : layout.tiles.y;
  const height = layout.body.y + layout.body.h - top;
  const width = hasChart ? layout.body.w - layout.chartWidth - layout.gap : layout.body.w;
  return box(layout.body.x, top, width, height);
}

export function chartBox(layout: BodyLayout): Box {
  return box(layout.body.x + layout.body.w - layout.chartWidth, layout.body.y, layout.chartWidth, layout.body.h);
}
