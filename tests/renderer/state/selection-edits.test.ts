/** Selection edits and their effect through the engine’s applySelection. */
import { describe, expect, it } from 'vitest';
import { applySelection } from '../../../main/engine/selection/apply.js';
import { editMetric, resetMetric, setIncluded, setPinned, setPreset, toggleIncluded } from '../../../renderer/src/state/selection-edits.js';
import { metricById, sampleReport, selectionOf } from '../support/sample.js';

describe('selection edits', () => {
  it('leaves out and brings back a pillar, which the planner then drops', () => {
    const off = toggleIncluded(selectionOf(), 'p2');
    expect(off.excluded).toEqual(['p2']);
    expect(applySelection(sampleReport, off).pillars.map((p) => p.id)).not.toContain('p2');
    expect(toggleIncluded(off, 'p2').excluded).toEqual([]);
  });

  it('returns the same selection when nothing changes', () => {
    const selection = selectionOf({ pinned: ['p1-s1-m1'] });
    expect(setIncluded(selection, 'p1', true)).toBe(selection);
    expect(setPinned(selection, 'p1-s1-m1', true)).toBe(selection);
    expect(setPreset(selection, 'brief')).toBe(selection);
    expect(resetMetric(selection, 'p1-s1-m1')).toBe(selection);
  });

  it('pins and unpins a metric, pinned metrics coming first in the pillar', () => {
    const pinned = setPinned(selectionOf(), 'p2-s3-m3', true);
    expect(pinned.pinned).toEqual(['p2-s3-m3']);
    expect(applySelection(sampleReport, pinned).pillars.find((p) => p.id === 'p2')?.keyMetrics[0]).toBe('p2-s3-m3');
    expect(setPinned(pinned, 'p2-s3-m3', false).pinned).toEqual([]);
  });

  it('stores only the fields that differ from the report', () => {
    const metric = metricById('p2-s1-m1');
    const edited = editMetric(selectionOf(), metric, { label: metric.label, value: 150000, unit: metric.unit });
    expect(edited.metricEdits).toEqual({ 'p2-s1-m1': { value: 150000 } });
    const section = applySelection(sampleReport, edited).pillars.find((p) => p.id === 'p2')?.sections[0];
    expect(section?.metrics.find((m) => m.id === metric.id)?.value).toBe(150000);
  });

  it('removes the edit when the original is typed back', () => {
    const metric = metricById('p2-s1-m1');
    const edited = editMetric(selectionOf(), metric, { label: '粮食面积' });
    const back = editMetric(edited, metric, { label: metric.label, value: metric.value, unit: metric.unit });
    expect(back.metricEdits).toEqual({});
  });

  it('resets a metric to the report', () => {
    const metric = metricById('p1-s1-m1');
    const edited = editMetric(selectionOf(), metric, { unit: '场' });
    expect(resetMetric(edited, metric.id).metricEdits).toEqual({});
  });
});
