/** Fuzzing shared template pack archives (see archive.properties.ts); the last test proves a naive reader is caught. */
import { describe, expect, it } from 'vitest';
import { expectHolds, runProperty } from './support/harness.js';

const props = new URL('./archive.properties.ts', import.meta.url);

describe('pack archives from strangers never crash, hang or escape', () => {
  for (const [name, numRuns] of [
    ['importPackArchive: the pack zipped by another tool imports', 2],
    ['importPackArchive: a real pack archive damaged in any way gives a checked pack or a clean error', 300],
    ['importPackArchive: hostile entry names are refused or land inside the pack', 200],
    ['importPackArchive: noise is refused cleanly', 500],
  ] as const) {
    it(name, async () => {
      expect((await expectHolds(props, name, { numRuns, timeLimitMs: 15_000, minRuns: Math.min(25, numRuns) })).numRuns).toBeGreaterThanOrEqual(Math.min(25, numRuns));
    });
  }

  it('catches an importer that takes zip entry names as they are (deliberately broken)', async () => {
    const outcome = await runProperty(props, 'broken: an importer that trusts the archive names', { numRuns: 200 });
    expect(outcome.kind).toBe('counterexample');
    if (outcome.kind === 'counterexample') expect(outcome.error).toMatch(/an accepted pack holds the path/);
  });
});
