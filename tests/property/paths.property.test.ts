/** Fuzzing path confinement (see paths.properties.ts); the second test proves the check catches the prefix bug. */
import { describe, expect, it } from 'vitest';
import { expectHolds, runProperty } from './support/harness.js';

const props = new URL('./paths.properties.ts', import.meta.url);

describe('path confinement', () => {
  it('resolveInside never resolves outside its root', async () => {
    expect((await expectHolds(props, 'resolveInside: any path is refused or lands inside the root', { numRuns: 3000 })).numRuns).toBeGreaterThan(25);
  });

  it('export file names never leave the output folder', async () => {
    expect((await expectHolds(props, 'suggestedName: any report name gives a plain file name inside the output folder', { numRuns: 2000 })).numRuns).toBeGreaterThan(25);
  });

  it('autosaved project files stay in the user data folder or beside the report, never on it', async () => {
    expect((await expectHolds(props, 'projectLocations: autosaves stay in the user data folder or beside the report, never on it', { numRuns: 2000 })).numRuns).toBeGreaterThan(25);
  });

  it('catches a resolveInside that accepts "../pack-evil" (deliberately broken)', async () => {
    const outcome = await runProperty(props, 'broken: resolveInside with the prefix bug', { numRuns: 3000 });
    expect(outcome.kind).toBe('counterexample');
    if (outcome.kind === 'counterexample') expect(outcome.counterexample).toMatch(/pack/);
  });
});
