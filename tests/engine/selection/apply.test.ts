import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../../main/engine/report/schema.js';
import { validateReport } from '../../../main/engine/report/validate.js';
import { applySelection, orderBy } from '../../../main/engine/selection/apply.js';
import { SelectionSchema, type Selection } from '../../../main/engine/selection/schema.js';

const report = validateReport(JSON.parse(readFileSync('assets/samples/baiyangba-2023-q1q3.report.json', 'utf8')));
const select = (choices: Partial<Selection>): Selection => SelectionSchema.parse(choices);
const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);

describe('applySelection', () => {
  it('is the identity for the default selection', () => {
    expect(applySelection(report, select({}))).toEqual(report);
  });

  it('orders pillars: the named ones first, the others after them in report order', () => {
    const result = applySelection(report, select({ pillarOrder: ['p3', 'p1', 'nope'] }));
    expect(ids(result.pillars)).toEqual(['p3', 'p1', 'p2', 'p4', 'p5', 'p6']);
  });

  it('leaves out excluded pillars, sections and metrics, and their key-metric references', () => {
    const result = applySelection(report, select({ excluded: ['p4', 'p2-s2', 'p2-s1-m3'] }));
    expect(ids(result.pillars)).toEqual(['p1', 'p2', 'p3', 'p5', 'p6']);
    const p2 = result.pillars[1];
    expect(ids(p2?.sections ?? [])).not.toContain('p2-s2');
    expect(p2?.sections.flatMap((s) => ids(s.metrics))).not.toContain('p2-s1-m3');
    expect(p2?.keyMetrics).toEqual(['p2-s1-m1', 'p2-s4-m3', 'p2-s5-m2']);
  });

  it('puts pinned metrics first among their own pillar’s key metrics, in pinned order, once', () => {
    const result = applySelection(report, select({ pinned: ['p1-s4-m1', 'p3-s2-m2', 'p1-s1-m1'] }));
    expect(result.pillars[0]?.keyMetrics).toEqual(['p1-s4-m1', 'p1-s1-m1', 'p1-s3-m3', 'p1-s2-m2', 'p1-s4-m2']);
    expect(result.pillars[2]?.keyMetrics.slice(0, 1)).toEqual(['p3-s2-m2']);
  });

  it('does not pin an excluded metric', () => {
    const result = applySelection(report, select({ pinned: ['p1-s4-m1'], excluded: ['p1-s4-m1'] }));
    expect(result.pillars[0]?.keyMetrics).not.toContain('p1-s4-m1');
  });

  it('applies metric edits; an edited value is exact and the source wording stays', () => {
    const result = applySelection(report, select({ metricEdits: { 'p2-s1-m4': { label: '春茶产值（万元）', value: 41000000 } } }));
    const metric = result.pillars[1]?.sections[0]?.metrics.find((m) => m.id === 'p2-s1-m4');
    expect(metric).toMatchObject({ label: '春茶产值（万元）', value: 41000000, approx: false, raw: '4000万余元', unit: '元' });
  });

  it('orders sections and metrics within their parents', () => {
    const result = applySelection(report, select({ sectionOrder: ['p1-s3', 'p2-s5'], metricOrder: ['p1-s1-m3', 'p1-s1-m1'] }));
    expect(ids(result.pillars[0]?.sections ?? [])).toEqual(['p1-s3', 'p1-s1', 'p1-s2', 'p1-s4']);
    expect(ids(result.pillars[1]?.sections ?? [])[0]).toBe('p2-s5');
    expect(ids(result.pillars[0]?.sections[1]?.metrics ?? [])).toEqual(['p1-s1-m3', 'p1-s1-m1', 'p1-s1-m2']);
  });

  it('never changes the report it is given', () => {
    const before = structuredClone(report);
    applySelection(report, select({ excluded: ['p1', 'p2-s1'], pinned: ['p3-s1-m1'], metricEdits: { 'p3-s1-m1': { value: 1 } } }));
    expect(report).toEqual(before);
  });

  it('always gives a valid report, whatever the selection (property)', () => {
    const all = report.pillars.flatMap((p) => [p.id, ...p.sections.flatMap((s) => [s.id, ...s.metrics.map((m) => m.id)])]);
    const metricIds = report.pillars.flatMap((p) => p.sections.flatMap((s) => s.metrics.map((m) => m.id)));
    const someIds = (pool: string[]) => fc.array(fc.oneof(fc.constantFrom(...pool), fc.string()), { maxLength: 12 });
    const selection = fc.record({
      pillarOrder: someIds(ids(report.pillars)),
      excluded: someIds(all),
      pinned: someIds(metricIds),
      sectionOrder: someIds(all),
      metricOrder: someIds(metricIds),
      metricEdits: fc.dictionary(fc.constantFrom(...metricIds), fc.record({ label: fc.string({ minLength: 1, maxLength: 20 }), value: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { requiredKeys: [] })),
    });
    fc.assert(
      fc.property(selection, (choices) => {
        const result = applySelection(report, select(choices));
        expect(ReportSchema.safeParse(result).success).toBe(true);
        const excluded = new Set(choices.excluded);
        for (const pillar of result.pillars) {
          expect(excluded.has(pillar.id)).toBe(false);
          for (const section of pillar.sections) expect(section.metrics.some((m) => excluded.has(m.id)) || excluded.has(section.id)).toBe(false);
        }
      }),
      { numRuns: 200, seed: 4 },
    );
  });
});

describe('orderBy', () => {
  it('ignores unknown and repeated ids', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(ids(orderBy(items, ['c', 'x', 'c', 'a']))).toEqual(['c', 'a', 'b']);
  });
});
