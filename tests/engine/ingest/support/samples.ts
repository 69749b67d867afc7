/** The shared sample reports, as copied into the repository, and helpers to import them in tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importReport, type ImportResult } from '../../../../main/engine/ingest/import-report.js';
import type { Metric, Report } from '../../../../main/engine/report/schema.js';

const root = path.resolve(import.meta.dirname, '../../../..');

export const SAMPLE_TXT = path.join(root, 'assets/samples/baiyangba-2023-q1q3.txt');
export const SAMPLE_JSON = path.join(root, 'assets/samples/baiyangba-2023-q1q3.report.json');
export const sharedSample = (name: string): string => path.join(root, 'tests/fixtures/samples', name);
export const fixture = (name: string): string => path.join(import.meta.dirname, '..', 'fixtures', name);

export async function importFile(file: string, name = path.basename(file)): Promise<ImportResult> {
  return importReport({ name, bytes: new Uint8Array(readFileSync(file)) });
}

export function allMetrics(report: Report): Metric[] {
  return report.pillars.flatMap((pillar) => pillar.sections.flatMap((section) => section.metrics));
}

/** Every metric's source span lies in the source text and contains its raw figure. */
export function spansHold(report: Report, sourceText: string): Metric[] {
  return allMetrics(report).filter((metric) => !sourceText.slice(metric.source.start, metric.source.end).includes(metric.raw));
}
