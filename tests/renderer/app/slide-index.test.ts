/** Which slide stays on screen after a re-plan. */
import { describe, expect, it } from 'vitest';
import { slideIndexFor, slideIndexOfItem } from '../../../renderer/src/app/slide-index.js';
import { sampleReport } from '../support/sample.js';

const slides = (...ids: string[]) => ids.map((id) => ({ id }));

describe('slide index after a re-plan', () => {
  it('stays on the same slide when it moved', () => {
    expect(slideIndexFor(slides('title', 'pillar:p2', 'pillar:p1'), 'pillar:p1', 1)).toBe(2);
  });

  it('lands on the neighbour when the slide is gone', () => {
    expect(slideIndexFor(slides('title', 'pillar:p1', 'pillar:p3'), 'pillar:p2', 2)).toBe(2);
    expect(slideIndexFor(slides('title', 'pillar:p1'), 'pillar:p2', 2)).toBe(1);
  });

  it('handles an empty deck and a first plan', () => {
    expect(slideIndexFor([], 'x', 3)).toBe(0);
    expect(slideIndexFor(slides('a', 'b'), null, 0)).toBe(0);
  });
});

describe('the slide of an outline item', () => {
  const slides = [{ id: 'title' }, { id: 'pillar:p1', sourceId: 'p1' }, { id: 'pillar:p2', sourceId: 'p2' }, { id: 'section:p2-s3', sourceId: 'p2-s3' }, { id: 'pillar:p2:2', sourceId: 'p2' }];

  it('finds a pillar’s first slide, for the pillar, its sections and its numbers', () => {
    expect(slideIndexOfItem(sampleReport, slides, 'p2')).toBe(2);
    expect(slideIndexOfItem(sampleReport, slides, 'p2-s1')).toBe(2);
    expect(slideIndexOfItem(sampleReport, slides, 'p2-s1-m2')).toBe(2);
  });

  it('prefers the section’s own slide when there is one', () => {
    expect(slideIndexOfItem(sampleReport, slides, 'p2-s3')).toBe(3);
    expect(slideIndexOfItem(sampleReport, slides, 'p2-s3-m1')).toBe(3);
  });

  it('gives -1 when nothing shows the item', () => {
    expect(slideIndexOfItem(sampleReport, slides, 'p4')).toBe(-1);
    expect(slideIndexOfItem(sampleReport, slides, 'nope')).toBe(-1);
  });
});
