/**
 * The rows of a pillar's key-number table (指标 · 数值 · 变化 · 出处): the pillar's chosen key metrics first, in their
 * order, then its other metrics in report order until the table has `limit` rows, so a pillar whose importer picked
 * few key metrics still shows its numbers.
 *
 * Accepts a report Pillar (key metrics as ids) as well as the template data's PillarData (key metrics as objects,
 * metrics with `display`), so the helper works on whatever a template hands it. The value is written the way the
 * slides write it (template/format/format-metric.ts, e.g. "13.9万亩"), so the PDF and the deck agree.
 */
import type { Change, Metric } from '../../../report/schema.js';
import { formatMetric } from '../../../template/format/format-metric.js';
import { changeWording } from './change-text.js';

export interface KpiMetric extends Pick<Metric, 'id' | 'label' | 'raw' | 'value' | 'unit' | 'approx'> {
  readonly display?: string;
  readonly change?: Change;
}

export interface KpiPillar {
  readonly keyMetrics: readonly (string | { readonly id: string })[];
  readonly sections: readonly { readonly title: string; readonly metrics: readonly KpiMetric[] }[];
}

export interface KpiRow {
  readonly metricId: string;
  readonly label: string;
  readonly value: string;
  readonly change: string;
  /** Title of the section the number stands in. */
  readonly source: string;
}

export const DEFAULT_KPI_ROWS = 6;

export function kpiRows(pillar: KpiPillar, limit = DEFAULT_KPI_ROWS): KpiRow[] {
  const located = pillar.sections.flatMap((section) => section.metrics.map((metric) => ({ metric, source: section.title })));
  const byId = new Map(located.map((entry) => [entry.metric.id, entry]));
  const keyed = pillar.keyMetrics.flatMap((key) => byId.get(typeof key === 'string' ? key : key.id) ?? []);
  const keyIds = new Set(keyed.map((entry) => entry.metric.id));
  const ordered = [...keyed, ...located.filter((entry) => !keyIds.has(entry.metric.id))];
  return ordered.slice(0, Math.max(0, limit)).map(({ metric, source }) => toRow(metric, source));
}

function toRow(metric: KpiMetric, source: string): KpiRow {
  const value = metric.display !== undefined && metric.display !== '' ? metric.display : formatMetric(metric).text;
  return { metricId: metric.id, label: metric.label, value, change: changeWording(metric.change), source };
}
