import { describe, expect, it } from 'vitest';
import { tempSuffix } from '../../main/node/temp-name.js';

describe('tempSuffix', () => {
  it('is safe in a file name and differs from call to call', () => {
    const suffixes = Array.from({ length: 1000 }, () => tempSuffix());
    for (const suffix of suffixes) expect(suffix).toMatch(/^[0-9a-z]+-[0-9a-z]{8}$/);
    expect(new Set(suffixes).size).toBe(suffixes.length);
  });
});
