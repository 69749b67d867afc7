/**
 * The importer returns its report as built, without ReportSchema.parse (main/engine/ingest/import-report.ts). That is
 * only sound while the report already is what parse would make of it, which this check asserts: parse succeeds (ids
 * unique, key metrics present, spans in order, no empty labels), adds no defaults, strips no keys and keeps key order
 * (so report.json reads the same byte for byte), and the report is a tree, as parse's copy was: no object is reachable
 * twice, so a caller that edits one metric cannot change another.
 */
import { expect } from 'vitest';
import { ReportSchema, type Report } from '../../../../main/engine/report/schema.js';

export function expectParsedForm(report: Report): void {
  const parsed = ReportSchema.safeParse(report);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(JSON.stringify(report)).toBe(JSON.stringify(parsed.data));
  expect(report).toStrictEqual(parsed.data);
  expect(sharedObjects(report)).toEqual([]);
}

/** Paths of objects and arrays met a second time in a walk of the tree. */
function sharedObjects(root: unknown): string[] {
  const seen = new Set<object>();
  const shared: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    if (seen.has(value)) {
      shared.push(path);
      return;
    }
    seen.add(value);
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
  };
  walk(root, 'report');
  return shared;
}
