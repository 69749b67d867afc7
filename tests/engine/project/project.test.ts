// The project file model: round trip, damaged files as clear InputErrors, and reconciling with a changed report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, parseStructuredReport, type Report } from '../../../main/engine/index.js';
import { parseProject, reconcileSelection, restoreProject, serializeProject, type ProjectFile } from '../../../main/engine/project/index.js';
import { SelectionSchema } from '../../../main/engine/selection/schema.js';

const sampleFile = 'assets/samples/baiyangba-2023-q1q3.report.json';
const report: Report = parseStructuredReport(readFileSync(sampleFile, 'utf8'), 'json', sampleFile);
const hashA = 'a'.repeat(64);

function project(selection: unknown): ProjectFile {
  return {
    format: 'huibao-project',
    version: 1,
    report: { path: '/reports/q3.txt', name: 'q3.txt', sha256: hashA },
    templateId: 'gov-red',
    selection: SelectionSchema.parse(selection),
    savedAt: '2026-03-01T08:00:00.000Z',
  };
}

describe('project file text', () => {
  it('round-trips every field', () => {
    const saved = project({ preset: 'full', pillarOrder: ['p3', 'p1'], excluded: ['p2-s1'], pinned: ['p1-s1-m1'], metricEdits: { 'p1-s1-m1': { label: '新标签', value: 3 } } });
    expect(parseProject(serializeProject(saved), 'x.huibao.json')).toEqual(saved);
  });

  it('reports a truncated file as a damaged project, naming the file', () => {
    const text = serializeProject(project({}));
    const truncated = text.slice(0, Math.floor(text.length / 2));
    expect(() => parseProject(truncated, 'q3.txt.huibao.json')).toThrow(InputError);
    expect(() => parseProject(truncated, 'q3.txt.huibao.json')).toThrow(/damaged/);
    try {
      parseProject(truncated, 'q3.txt.huibao.json');
    } catch (error) {
      expect((error as InputError).file).toBe('q3.txt.huibao.json');
    }
  });

  it('refuses JSON that is not a project, with the field at fault', () => {
    const bad = JSON.parse(serializeProject(project({}))) as Record<string, unknown>;
    bad['selection'] = { preset: 'huge' };
    try {
      parseProject(JSON.stringify(bad), 'p.huibao.json');
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).problems[0]?.where).toBe('selection.preset');
    }
    expect(() => parseProject('{"format":"something-else"}', 'p.json')).toThrow(/not a Huibao project file/);
  });
});

describe('reconciling with a re-imported report', () => {
  it('keeps a consistent selection unchanged', () => {
    const selection = SelectionSchema.parse({ pillarOrder: ['p2', 'p1'], excluded: ['p3-s1', 'p4'], pinned: ['p2-s1-m1'], metricEdits: { 'p2-s1-m1': { label: '产值' } } });
    expect(reconcileSelection(selection, report)).toEqual({ selection, dropped: 0 });
  });

  it('reconciles section and metric order too, leaving them absent when they were', () => {
    const selection = SelectionSchema.parse({ sectionOrder: ['p2-s2', 'p2', 'gone'], metricOrder: ['p1-s1-m2', 'p1-s1'] });
    const { selection: kept, dropped } = reconcileSelection(selection, report);
    expect(kept.sectionOrder).toEqual(['p2-s2']);
    expect(kept.metricOrder).toEqual(['p1-s1-m2']);
    expect(dropped).toBe(3);
    expect('sectionOrder' in reconcileSelection(SelectionSchema.parse({}), report).selection).toBe(false);
  });

  it('drops ids the report no longer has, and counts them', () => {
    const selection = SelectionSchema.parse({
      pillarOrder: ['p9', 'p2', 'p1-s1', 'p2'],
      excluded: ['gone-section', 'p3-s1'],
      pinned: ['p1-s1', 'p2-s1-m1', 'old-metric'],
      metricEdits: { 'p2-s1-m1': { value: 5 }, 'old-metric': { value: 1 } },
    });
    const { selection: kept, dropped } = reconcileSelection(selection, report);
    expect(kept.pillarOrder).toEqual(['p2']); // a section id is not a pillar; duplicates collapse
    expect(kept.excluded).toEqual(['p3-s1']);
    expect(kept.pinned).toEqual(['p2-s1-m1']);
    expect(Object.keys(kept.metricEdits)).toEqual(['p2-s1-m1']);
    expect(dropped).toBe(6);
  });

  it('says when the report changed since the save and how many choices were dropped', () => {
    const restored = restoreProject(project({ excluded: ['p1', 'vanished'] }), report, 'b'.repeat(64));
    expect(restored.selection.excluded).toEqual(['p1']);
    expect(restored.templateId).toBe('gov-red');
    expect(restored.notes).toEqual([{ code: 'restored', savedAt: '2026-03-01T08:00:00.000Z' }, { code: 'report-changed' }, { code: 'dropped-unknown', count: 1 }]);
    expect(restoreProject(project({}), report, hashA).notes).toEqual([{ code: 'restored', savedAt: '2026-03-01T08:00:00.000Z' }]);
  });
});
