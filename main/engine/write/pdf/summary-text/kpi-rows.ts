/**
 * The rows of a pillar's key-number table (指标 · 数值 · 变化 · 出处): the pillar's chosen key metrics first, in their
 * order, then its other metrics in report order until the table has `limit` rows, so a pillar whose importer picked
 * few key metrics still shows its numbers. Values are printed as the report wrote them (`raw`, e.g. "13.9万亩").
 */
import type { Metric, Pillar } from '../../../report/schema.js';
import { formatChange } from './change-text.js';

export interface KpiRow {
  readonly metricId: string;
  readonly label: string;
  readonly value: string;
  readonly change: string;
  /** Title of the section the number stands in. */
  readonly source: string;
}

export type KpiPillar = Pick<Pillar, 'keyMetrics'> & { readonly sections: readonly Pick<Pillar['sections'][number], 'title' | 'metrics'>[] };

export const DEFAULT_KPI_ROWS = 6;

export function kpiRows(pillar: KpiPillar, limit = DEFAULT_KPI_ROWS): KpiRow[] {
  const located = pillar.sections.flatMap((section) => section.metrics.map((metric) => ({ metric, source: section.title })));
  const byId = new Map(located.map((entry) => [entry.metric.id, entry]));
  const keyed = pillar.keyMetrics.flatMap((id) => byId.get(id) ?? []);
  const keyIds = new Set(keyed.map((entry) => entry.metric.id));
  const ordered = [...keyed, ...located.filter((entry) => !keyIds.has(entry.metric.id))];
  return ordered.slice(0, Math.max(0, limit)).map(({ metric, source }) => toRow(metric, source));
}

function toRow(metric: Metric, source: string): KpiRow {
  return { metricId: metric.id, label: metric.label, value: metric.raw, change: formatChange(metric.change), source };
}
