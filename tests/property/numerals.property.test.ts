/** Fuzzing the heading-number reader (see numerals.properties.ts); the last test proves the check catches the old 99 limit. */
import { describe, expect, it } from 'vitest';
import { expectHolds, runProperty } from './support/harness.js';

const props = new URL('./numerals.properties.ts', import.meta.url);

describe('Chinese heading numbers', () => {
  it('every number from 1 to 999 reads back, whichever way it is written', async () => {
    expect((await expectHolds(props, 'parseChineseOrdinal: n from 1 to 999, written as people write it, reads back as n', { numRuns: 3000 })).numRuns).toBeGreaterThanOrEqual(25);
  });

  it('a run of numerals is read only when it spells the number it is read as', async () => {
    expect((await expectHolds(props, 'parseChineseOrdinal: an accepted run is a well-formed spelling of the value read', { numRuns: 5000 })).numRuns).toBeGreaterThanOrEqual(25);
  });

  it('catches a reader that stops at 九十九 (deliberately broken)', async () => {
    const outcome = await runProperty(props, 'broken: a reader that stops at 九十九', { numRuns: 500 });
    expect(outcome.kind).toBe('counterexample');
    if (outcome.kind === 'counterexample') expect(outcome.error).toMatch(/百.*read as undefined/);
  });
});
