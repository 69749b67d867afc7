import { describe, expect, it } from 'vitest';
import { loadBundledFonts } from '../../main/node/fonts.js';

/** TrueType fonts start with the sfnt version 0x00010000. */
const isTrueType = (bytes: Uint8Array): boolean => bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0;

describe('loadBundledFonts', () => {
  it('reads both weights of Noto Sans SC', async () => {
    const fonts = await loadBundledFonts();
    expect(isTrueType(fonts.regular)).toBe(true);
    expect(isTrueType(fonts.bold)).toBe(true);
    expect(fonts.regular.byteLength).toBeGreaterThan(1_000_000);
    expect(fonts.bold).not.toEqual(fonts.regular);
  });

  it('reads the files once per process', async () => {
    const [first, second] = await Promise.all([loadBundledFonts(), loadBundledFonts()]);
    expect(second).toBe(first);
    expect(await loadBundledFonts()).toBe(first);
  });
});
