/**
 * The native chart of a pillar or section slide: only when three or more of its metrics are comparable (one unit
 * family), so bars never put 亩 beside 元. Categories are the metrics' labels; data stays in the chart (editable).
 */
import type { Box, ChartElement } from '../../deck/model.js';
import type { MetricData } from '../../template/data.js';
import { trimNumber } from '../../template/format/scale-number.js';
import type { PlanContext } from '../plan-context.js';
import { displayScale, unitFamily, type UnitFamily } from '../units.js';

export interface ChartPick {
  readonly family: UnitFamily;
  readonly metrics: readonly MetricData[];
  readonly unit: string;
  readonly divisor: number;
}

const MIN_CATEGORIES = 3;

/**
 * Choose the metrics to chart: the family holding the most of the slide's preferred metrics (its tiles), then the
 * largest family; within it the preferred ones first, then report order, at most `max`.
 */
export function pickChart(metrics: readonly MetricData[], preferred: readonly MetricData[], max: number): ChartPick | undefined {
  const groups = new Map<string, { family: UnitFamily; items: MetricData[] }>();
  for (const metric of metrics) {
    const family = unitFamily(metric.unit);
    if (!Number.isFinite(metric.value) || metric.value < 0) continue;
    const group = groups.get(family.key) ?? { family, items: [] };
    if (!group.items.some((item) => item.label === metric.label)) group.items.push(metric);
    groups.set(family.key, group);
  }
  const preferredIds = new Set(preferred.map((metric) => metric.id));
  const score = (items: readonly MetricData[]): number => items.filter((item) => preferredIds.has(item.id)).length * 100 + items.length;
  const best = [...groups.values()].filter((group) => group.items.length >= MIN_CATEGORIES).sort((a, b) => score(b.items) - score(a.items))[0];
  if (!best) return undefined;
  const ordered = [...best.items.filter((item) => preferredIds.has(item.id)), ...best.items.filter((item) => !preferredIds.has(item.id))].slice(0, max);
  const inBase = (metric: MetricData): number => metric.value * unitFamily(metric.unit).factor;
  const { unit, divisor } = displayScale(best.family, Math.max(...ordered.map(inBase)));
  return { family: best.family, metrics: ordered, unit, divisor };
}

/** Long labels read better on horizontal bars; a few short ones as columns. */
function chartType(ctx: PlanContext, pick: ChartPick): 'bar' | 'column' {
  const configured = ctx.manifest.chart.type;
  if (configured !== 'auto') return configured;
  const longest = Math.max(...pick.metrics.map((metric) => [...metric.label].length));
  return longest > 5 || pick.metrics.length > 5 ? 'bar' : 'column';
}

export function chartElement(ctx: PlanContext, id: string, area: Box, pick: ChartPick, title: string): ChartElement {
  const values = pick.metrics.map((metric) => Number(trimNumber((metric.value * unitFamily(metric.unit).factor) / pick.divisor, 2)));
  const categories = pick.metrics.map((metric) => metric.label);
  const kind = chartType(ctx, pick);
  const pairs = categories.map((category, i) => `${category} ${trimNumber(values[i] ?? 0, 2)}`).join('；');
  return {
    type: 'chart',
    id,
    box: area,
    chart: kind,
    title,
    categories,
    series: [{ name: `${pick.family.name}（${pick.unit}）`, values }],
    unit: pick.unit,
    // One series: one colour, so no bar looks singled out.
    colors: ctx.manifest.colors.chart.slice(0, 1),
    fontSize: ctx.manifest.chart.fontSize,
    textColor: ctx.color(ctx.manifest.chart.textColor),
    altText: `${kind === 'bar' ? '条形图' : '柱状图'}：${title}：${pairs}`,
  };
}
