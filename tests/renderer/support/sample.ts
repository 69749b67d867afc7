/** The bundled sample report, validated, for tests of the outline, inspector and selection logic. */
import { ReportSchema, type Report } from '../../../main/engine/report/schema.js';
import { SelectionSchema, type Selection } from '../../../main/engine/selection/schema.js';
import raw from '../../../assets/samples/baiyangba-2023-q1q3.report.json';

export const sampleReport: Report = ReportSchema.parse(raw);

export const selectionOf = (partial: Partial<Selection> = {}): Selection => SelectionSchema.parse(partial);

/** A metric by id, or the test fails loudly. */
export function metricById(id: string): Report['pillars'][number]['sections'][number]['metrics'][number] {
  for (const pillar of sampleReport.pillars) for (const section of pillar.sections) for (const metric of section.metrics) if (metric.id === id) return metric;
  throw new Error(`no metric ${id} in the sample`);
}
