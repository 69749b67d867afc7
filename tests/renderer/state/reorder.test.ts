/** Reordering siblings and storing the order so the planner follows it. */
import { describe, expect, it } from 'vitest';
import { orderBy } from '../../../main/engine/selection/apply.js';
import { dropIndex, moveBy, moveTo, withOrder } from '../../../renderer/src/state/reorder.js';
import { sampleReport, selectionOf } from '../support/sample.js';

describe('reorder', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('moves by one place and clamps at the ends', () => {
    expect(moveBy(ids, 'b', -1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveBy(ids, 'b', 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveBy(ids, 'a', -1)).toBe(ids);
    expect(moveBy(ids, 'd', 1)).toBe(ids);
    expect(moveBy(ids, 'zz', 1)).toBe(ids);
  });

  it('moves to a position of the result', () => {
    expect(moveTo(ids, 'a', 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveTo(ids, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('computes where a drop lands, before or after the target', () => {
    expect(moveTo(ids, 'a', dropIndex(ids, 'a', 'c', false))).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(ids, 'a', dropIndex(ids, 'a', 'c', true))).toEqual(['b', 'a', 'c', 'd']);
    expect(moveTo(ids, 'd', dropIndex(ids, 'd', 'a', true))).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(ids, 'b', dropIndex(ids, 'b', 'b', true))).toBe(ids);
  });

  it('stores a pillar order the planner follows', () => {
    const pillarIds = sampleReport.pillars.map((p) => p.id);
    const selection = withOrder(selectionOf(), 'pillarOrder', moveBy(pillarIds, 'p3', -2));
    expect(orderBy(sampleReport.pillars, selection.pillarOrder).map((p) => p.id)).toEqual(['p3', 'p1', 'p2', 'p4', 'p5', 'p6']);
  });

  it('replaces one pillar’s section order and keeps the others', () => {
    const p1 = sampleReport.pillars[0]?.sections.map((s) => s.id) ?? [];
    const p2 = sampleReport.pillars[1]?.sections.map((s) => s.id) ?? [];
    let selection = withOrder(selectionOf(), 'sectionOrder', moveBy(p1, 'p1-s4', -3));
    selection = withOrder(selection, 'sectionOrder', moveBy(p2, 'p2-s1', 1));
    const first = sampleReport.pillars[0];
    const second = sampleReport.pillars[1];
    if (!first || !second) throw new Error('sample has pillars');
    expect(orderBy(first.sections, selection.sectionOrder ?? []).map((s) => s.id)).toEqual(['p1-s4', 'p1-s1', 'p1-s2', 'p1-s3']);
    expect(orderBy(second.sections, selection.sectionOrder ?? []).map((s) => s.id)).toEqual(['p2-s2', 'p2-s1', 'p2-s3', 'p2-s4', 'p2-s5']);
  });

  it('returns the same selection when the order is unchanged', () => {
    const selection = selectionOf({ pillarOrder: ['p2', 'p1'] });
    expect(withOrder(selection, 'pillarOrder', ['p2', 'p1'])).toBe(selection);
  });
});
