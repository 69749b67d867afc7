/**
 * Fit saved choices to a freshly imported report. Selections refer to report ids; after the report is edited and
 * re-imported some ids may be gone. Those entries are dropped (and counted, so the user is told), the rest kept
 * in their order; nothing else is changed, so reconciling an already-consistent selection is the identity.
 */
import type { Report } from '../report/schema.js';
import type { Selection } from '../selection/schema.js';

export interface ReconcileResult {
  readonly selection: Selection;
  /** How many saved entries referred to ids the report no longer has. */
  readonly dropped: number;
}

interface ReportIds {
  readonly pillars: ReadonlySet<string>;
  readonly sections: ReadonlySet<string>;
  readonly all: ReadonlySet<string>;
  readonly metrics: ReadonlySet<string>;
}

export function reportIds(report: Report): ReportIds {
  const pillars = new Set<string>();
  const sections = new Set<string>();
  const all = new Set<string>();
  const metrics = new Set<string>();
  for (const pillar of report.pillars) {
    pillars.add(pillar.id);
    all.add(pillar.id);
    for (const section of pillar.sections) {
      all.add(section.id);
      sections.add(section.id);
      for (const metric of section.metrics) {
        all.add(metric.id);
        metrics.add(metric.id);
      }
    }
  }
  return { pillars, sections, all, metrics };
}

export function reconcileSelection(selection: Selection, report: Report): ReconcileResult {
  const ids = reportIds(report);
  let dropped = 0;
  const keep = (list: readonly string[], known: ReadonlySet<string>): string[] => {
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const id of list) {
      if (!known.has(id)) dropped += 1;
      else if (!seen.has(id)) {
        seen.add(id);
        kept.push(id);
      }
    }
    return kept;
  };
  const metricEdits: Selection['metricEdits'] = {};
  for (const [id, edit] of Object.entries(selection.metricEdits)) {
    if (ids.metrics.has(id)) metricEdits[id] = edit;
    else dropped += 1;
  }
  const reconciled: Selection = {
    preset: selection.preset,
    pillarOrder: keep(selection.pillarOrder, ids.pillars),
    // Optional lists stay absent when they were (older project files lack them).
    ...(selection.sectionOrder === undefined ? {} : { sectionOrder: keep(selection.sectionOrder, ids.sections) }),
    ...(selection.metricOrder === undefined ? {} : { metricOrder: keep(selection.metricOrder, ids.metrics) }),
    excluded: keep(selection.excluded, ids.all),
    pinned: keep(selection.pinned, ids.metrics),
    metricEdits,
  };
  return { selection: reconciled, dropped };
}
