/**
 * Applying the user's selection to a report: what the planner, the PDF summary and the app's preview all read.
 * The result is an ordinary Report (still valid against its schema), so nothing downstream needs to know about
 * selections: excluded pillars, sections and metrics are gone, everything is in the chosen order, metric edits are
 * applied, and each pillar's keyMetrics start with its pinned metrics.
 */
import type { Metric, Pillar, Report, Section } from '../report/schema.js';
import type { MetricEdit, Selection } from './schema.js';

export function applySelection(report: Report, selection: Selection): Report {
  const excluded = new Set(selection.excluded);
  const pillars = orderBy(
    report.pillars.filter((pillar) => !excluded.has(pillar.id)),
    selection.pillarOrder,
  ).map((pillar) => selectPillar(pillar, selection, excluded));
  return { ...report, pillars };
}

function selectPillar(pillar: Pillar, selection: Selection, excluded: ReadonlySet<string>): Pillar {
  const sections = orderBy(
    pillar.sections.filter((section) => !excluded.has(section.id)),
    selection.sectionOrder ?? [],
  ).map((section) => selectSection(section, selection, excluded));
  const kept = new Set(sections.flatMap((section) => section.metrics.map((metric) => metric.id)));
  const pinned = selection.pinned.filter((id) => kept.has(id));
  const keyMetrics = unique([...pinned, ...pillar.keyMetrics.filter((id) => kept.has(id))]);
  return { ...pillar, sections, keyMetrics };
}

function selectSection(section: Section, selection: Selection, excluded: ReadonlySet<string>): Section {
  const metrics = orderBy(
    section.metrics.filter((metric) => !excluded.has(metric.id)),
    selection.metricOrder ?? [],
  ).map((metric) => editMetric(metric, selection.metricEdits[metric.id]));
  return { ...section, metrics };
}

/**
 * An edited value is the user's own exact figure: it is no longer approximate. `raw` stays as the source wrote it,
 * so speaker notes can still quote the source and say the number was changed.
 */
export function editMetric(metric: Metric, edit: MetricEdit | undefined): Metric {
  if (!edit) return metric;
  return {
    ...metric,
    ...(edit.label === undefined ? {} : { label: edit.label }),
    ...(edit.value === undefined ? {} : { value: edit.value, approx: false }),
    ...(edit.unit === undefined ? {} : { unit: edit.unit }),
  };
}

/** Items named in `order` first, in that order; the rest after them in their own order. Unknown ids are ignored. */
export function orderBy<T extends { readonly id: string }>(items: readonly T[], order: readonly string[]): T[] {
  if (order.length === 0) return [...items];
  const rank = new Map<string, number>();
  order.forEach((id, index) => {
    if (!rank.has(id)) rank.set(id, index);
  });
  const named = items.filter((item) => rank.has(item.id)).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return [...named, ...items.filter((item) => !rank.has(item.id))];
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
