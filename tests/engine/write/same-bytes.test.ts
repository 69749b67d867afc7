import { describe, expect, it } from 'vitest';
import { sameBytes } from '../../../main/engine/write/same-bytes.js';

describe('sameBytes', () => {
  it('compares contents, not arrays', () => {
    const bytes = Uint8Array.from([137, 80, 78, 71, 0, 255]);
    expect(sameBytes(bytes, bytes)).toBe(true);
    expect(sameBytes(bytes, bytes.slice())).toBe(true);
    expect(sameBytes(bytes, Uint8Array.from([137, 80, 78, 71, 0, 254]))).toBe(false);
    expect(sameBytes(bytes, bytes.subarray(0, 5))).toBe(false);
    expect(sameBytes(new Uint8Array(), new Uint8Array())).toBe(true);
  });
});
