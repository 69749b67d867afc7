/**
 * The report's outline as the tree on the left shows it: pillars, their sections and the sections' numbers, in the
 * user's order, with tri-state checkboxes and only the rows whose parents are expanded. Pure (report + selection in,
 * rows out), so order, check states and visibility are unit-tested without a DOM.
 */
import type { Metric, Pillar, Report, Section } from '../../../main/engine/report/schema.js';
import type { Selection } from '../../../main/engine/selection/schema.js';
import { editMetric, orderBy } from '../../../main/engine/selection/apply.js';
import { formatMetric } from '../../../main/engine/template/format/format-metric.js';
import type { OrderKey } from '../state/reorder.js';

export type RowKind = 'pillar' | 'section' | 'metric';
export type CheckState = 'true' | 'false' | 'mixed';

export interface OutlineRow {
  readonly id: string;
  readonly kind: RowKind;
  /** 1 for pillars (aria-level). */
  readonly level: 1 | 2 | 3;
  readonly parentId: string | null;
  readonly label: string;
  /** The number as the slides show it, for metric rows ("13.9万亩"). */
  readonly value: string;
  readonly checked: CheckState;
  /** Left out because a pillar or section above it is left out: shown dimmed. */
  readonly inactive: boolean;
  /** Undefined for rows without children. */
  readonly expanded: boolean | undefined;
  readonly outlook: boolean;
  readonly pinned: boolean;
  readonly edited: boolean;
  /** aria-posinset / aria-setsize among its siblings. */
  readonly position: number;
  readonly siblings: number;
  /** The ids of its siblings in their current order, and where that order is stored: for reordering. */
  readonly siblingIds: readonly string[];
  readonly orderKey: OrderKey;
}

export interface OutlineSummary {
  readonly pillars: number;
  readonly includedPillars: number;
}

/** Pillars in the user's order, with their sections and metrics ordered the same way the planner will. */
export function orderedPillars(report: Report, selection: Selection): Pillar[] {
  return orderBy(report.pillars, selection.pillarOrder);
}

export const orderedSections = (pillar: Pillar, selection: Selection): Section[] => orderBy(pillar.sections, selection.sectionOrder ?? []);
export const orderedMetrics = (section: Section, selection: Selection): Metric[] => orderBy(section.metrics, selection.metricOrder ?? []);

/** The metric with the user's edits applied: what its slide shows. */
export function editedMetric(metric: Metric, selection: Selection): Metric {
  return editMetric(metric, selection.metricEdits[metric.id]);
}

export function metricText(metric: Metric, selection: Selection): string {
  return formatMetric(editedMetric(metric, selection)).text;
}

export function buildOutline(report: Report, selection: Selection, expanded: ReadonlySet<string>): OutlineRow[] {
  const excluded = new Set(selection.excluded);
  const rows: OutlineRow[] = [];
  const pillars = orderedPillars(report, selection);
  const pillarIds = pillars.map((pillar) => pillar.id);
  pillars.forEach((pillar, p) => {
    const pillarOff = excluded.has(pillar.id);
    const sections = orderedSections(pillar, selection);
    const open = sections.length > 0 ? expanded.has(pillar.id) : undefined;
    rows.push({
      ...base(pillar.id, 'pillar', 1, null, pillar.title, p, pillarIds, 'pillarOrder'),
      checked: checkState(pillarOff, sections.some((section) => excluded.has(section.id) || section.metrics.some((m) => excluded.has(m.id)))),
      inactive: false,
      expanded: open,
      outlook: pillar.kind === 'outlook',
    });
    if (!open) return;
    const sectionIds = sections.map((section) => section.id);
    sections.forEach((section, s) => {
      const sectionOff = excluded.has(section.id);
      const metrics = orderedMetrics(section, selection);
      const sectionOpen = metrics.length > 0 ? expanded.has(section.id) : undefined;
      rows.push({
        ...base(section.id, 'section', 2, pillar.id, section.title, s, sectionIds, 'sectionOrder'),
        checked: checkState(sectionOff, metrics.some((metric) => excluded.has(metric.id))),
        inactive: pillarOff,
        expanded: sectionOpen,
      });
      if (!sectionOpen) return;
      const metricIds = metrics.map((metric) => metric.id);
      metrics.forEach((metric, m) => {
        rows.push({
          ...base(metric.id, 'metric', 3, section.id, editedMetric(metric, selection).label, m, metricIds, 'metricOrder'),
          value: metricText(metric, selection),
          checked: excluded.has(metric.id) ? 'false' : 'true',
          inactive: pillarOff || sectionOff,
          pinned: selection.pinned.includes(metric.id),
          edited: metric.id in selection.metricEdits,
        });
      });
    });
  });
  return rows;
}

export function summarize(report: Report, selection: Selection): OutlineSummary {
  const excluded = new Set(selection.excluded);
  return { pillars: report.pillars.length, includedPillars: report.pillars.filter((pillar) => !excluded.has(pillar.id)).length };
}

/** Ids of every row that has children: "expand all", and the default for a newly opened report (pillars only). */
export function parentIds(report: Report, depth: 'pillars' | 'all'): string[] {
  return report.pillars.flatMap((pillar) => [
    ...(pillar.sections.length > 0 ? [pillar.id] : []),
    ...(depth === 'all' ? pillar.sections.filter((section) => section.metrics.length > 0).map((section) => section.id) : []),
  ]);
}

/** Where an id sits in the report: for the inspector and for jumping to a pillar's slide. */
export interface Located {
  readonly pillar: Pillar;
  readonly section?: Section;
  readonly metric?: Metric;
}

export function locate(report: Report, id: string): Located | null {
  for (const pillar of report.pillars) {
    if (pillar.id === id) return { pillar };
    for (const section of pillar.sections) {
      if (section.id === id) return { pillar, section };
      const metric = section.metrics.find((candidate) => candidate.id === id);
      if (metric) return { pillar, section, metric };
    }
  }
  return null;
}

function checkState(off: boolean, someChildOff: boolean): CheckState {
  if (off) return 'false';
  return someChildOff ? 'mixed' : 'true';
}

function base(id: string, kind: RowKind, level: 1 | 2 | 3, parentId: string | null, label: string, index: number, siblingIds: readonly string[], orderKey: OrderKey) {
  return { id, kind, level, parentId, label, value: '', expanded: undefined, outlook: false, pinned: false, edited: false, position: index + 1, siblings: siblingIds.length, siblingIds, orderKey } as const;
}
