/** The font sample's CSS family list: the pack's faces, quoted safely, with a generic fallback. */
import { describe, expect, it } from 'vitest';
import { fontFamily } from '../../../renderer/src/template-editor/font-sample.js';

describe('fontFamily', () => {
  it('lists the Latin face, then the East Asian face, then sans-serif', () => {
    expect(fontFamily({ latin: 'Arial', eastAsian: '微软雅黑' })).toBe('"Arial", "微软雅黑", sans-serif');
  });

  it('names a face once when both are the same, and skips blank ones', () => {
    expect(fontFamily({ latin: 'Microsoft YaHei', eastAsian: 'Microsoft YaHei' })).toBe('"Microsoft YaHei", sans-serif');
    expect(fontFamily({ latin: '  ', eastAsian: '宋体' })).toBe('"宋体", sans-serif');
  });

  it('cannot be broken out of by quotes or backslashes in a typed name', () => {
    expect(fontFamily({ latin: 'Evil", serif; x: "y', eastAsian: 'a\\b' })).toBe('"Evil, serif; x: y", "ab", sans-serif');
  });
});
