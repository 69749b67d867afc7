/** The outline rows from the sample report: order, visibility, tri-state ticks, edited values. */
import { describe, expect, it } from 'vitest';
import { buildOutline, locate, metricText, parentIds, summarize } from '../../../renderer/src/outline/outline-model.js';
import { editMetric } from '../../../renderer/src/state/selection-edits.js';
import { metricById, sampleReport, selectionOf } from '../support/sample.js';

describe('outline model', () => {
  it('shows only pillars when nothing is expanded', () => {
    const rows = buildOutline(sampleReport, selectionOf(), new Set());
    expect(rows.map((row) => row.id)).toEqual(sampleReport.pillars.map((p) => p.id));
    expect(rows.every((row) => row.level === 1 && row.expanded === false)).toBe(true);
    expect(rows.find((row) => row.id === 'p6')?.outlook).toBe(true);
  });

  it('shows sections and metrics of expanded rows, in the user’s order', () => {
    const selection = selectionOf({ pillarOrder: ['p2'], sectionOrder: ['p2-s3'], metricOrder: ['p2-s3-m3'] });
    const rows = buildOutline(sampleReport, selection, new Set(['p2', 'p2-s3']));
    expect(rows.slice(0, 5).map((row) => row.id)).toEqual(['p2', 'p2-s3', 'p2-s3-m3', 'p2-s3-m1', 'p2-s3-m2']);
    const metric = rows[2];
    expect(metric).toMatchObject({ kind: 'metric', level: 3, parentId: 'p2-s3', position: 1, siblings: 3, orderKey: 'metricOrder' });
  });

  it('gives tri-state checks: off, mixed when something below is off, on', () => {
    const selection = selectionOf({ excluded: ['p1', 'p2-s1-m2'] });
    const rows = buildOutline(sampleReport, selection, new Set(['p1', 'p2', 'p2-s1']));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('p1')?.checked).toBe('false');
    expect(byId.get('p1-s1')).toMatchObject({ checked: 'true', inactive: true });
    expect(byId.get('p2')?.checked).toBe('mixed');
    expect(byId.get('p2-s1')?.checked).toBe('mixed');
    expect(byId.get('p2-s1-m2')?.checked).toBe('false');
    expect(byId.get('p3')?.checked).toBe('true');
  });

  it('shows edited labels and values as the slides will, and marks pins and edits', () => {
    const metric = metricById('p2-s1-m1');
    const selection = { ...editMetric(selectionOf(), metric, { label: '粮食面积', value: 150000 }), pinned: ['p2-s1-m1'] };
    const row = buildOutline(sampleReport, selection, new Set(['p2', 'p2-s1'])).find((r) => r.id === 'p2-s1-m1');
    expect(row).toMatchObject({ label: '粮食面积', value: '15万亩', edited: true, pinned: true });
    expect(metricText(metric, selectionOf())).toBe('13.9万亩');
  });

  it('counts included pillars', () => {
    expect(summarize(sampleReport, selectionOf({ excluded: ['p1', 'p4'] }))).toEqual({ pillars: 6, includedPillars: 4 });
  });

  it('lists parent rows for default and full expansion', () => {
    expect(parentIds(sampleReport, 'pillars')).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    const all = parentIds(sampleReport, 'all');
    expect(all).toContain('p2-s1');
    expect(all).not.toContain('p6-s1');
  });

  it('locates pillars, sections and metrics', () => {
    expect(locate(sampleReport, 'p3')?.pillar.id).toBe('p3');
    expect(locate(sampleReport, 'p3-s2')?.section?.id).toBe('p3-s2');
    const found = locate(sampleReport, 'p3-s2-m2');
    expect([found?.pillar.id, found?.section?.id, found?.metric?.label]).toEqual(['p3', 'p3-s2', '清运垃圾']);
    expect(locate(sampleReport, 'nope')).toBeNull();
  });
});
