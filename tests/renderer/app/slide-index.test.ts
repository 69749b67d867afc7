/** Which slide stays on screen after a re-plan. */
import { describe, expect, it } from 'vitest';
import { slideIndexFor } from '../../../renderer/src/app/slide-index.js';

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
