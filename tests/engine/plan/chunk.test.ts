import { describe, expect, it } from 'vitest';
import { chunk } from '../../../main/engine/plan/chunk.js';

describe('chunk', () => {
  it('shares items out evenly over as few groups as the size allows', () => {
    expect(chunk([1, 2, 3, 4, 5, 6, 7, 8], 6)).toEqual([[1, 2, 3, 4], [5, 6, 7, 8]]);
    expect(chunk([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(chunk([1, 2, 3], 8)).toEqual([[1, 2, 3]]);
  });

  it('keeps one empty group for an empty list', () => {
    expect(chunk([], 4)).toEqual([[]]);
  });
});
