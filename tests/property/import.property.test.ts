/**
 * Fuzzing the importer and the number scanner (see import.properties.ts). The deliberately broken block proves the
 * value check catches a scanner that forgets 万/亿; the known-bug block records what the fuzzing found.
 */
import { describe, expect, it } from 'vitest';
import { expectHolds, runProperty } from './support/harness.js';

const props = new URL('./import.properties.ts', import.meta.url);

describe('the importer never crashes or hangs', () => {
  for (const [name, numRuns] of [
    ['importText: any text gives a valid report with true source spans, or a clean error', 250],
    ['import → YAML → load gives back the same report', 150],
    ['importReport: any HTML gives a valid report or a clean error', 200],
    ['importReport: any Word document, whole or corrupted, gives a valid report or a clean error', 120],
    ['scanQuantities: any text gives in-bounds, ordered, finite quantities', 1000],
    ['scanQuantities: numbers written the usual ways are read at their value', 1000],
  ] as const) {
    it(name, async () => {
      expect((await expectHolds(props, name, { numRuns, timeLimitMs: 15_000 })).numRuns).toBeGreaterThanOrEqual(25);
    });
  }
});

describe('the checks can fail', () => {
  it('catches a scanner that reads 12.5亿元 as 12.5 (deliberately broken)', async () => {
    const outcome = await runProperty(props, 'broken: a scanner that drops the 万/亿 scale', { numRuns: 500 });
    expect(outcome.kind).toBe('counterexample');
    if (outcome.kind === 'counterexample') expect(outcome.error).toMatch(/read as/);
  });
});

// Regressions: inputs that once crashed the importer.
describe('inputs that once crashed the importer', () => {
  const importCleanly = async (source: string): Promise<void> => {
    const { importText } = await import('../../main/engine/ingest/import-report.js');
    const { expectCleanOutcome } = await import('./support/fuzz.js');
    await expectCleanOutcome(() => importText(source));
  };

  // Regression: a run of 309+ digits read as Infinity and the final ReportSchema.parse refused it with a raw ZodError.
  it('a 400-digit number is skipped or refused cleanly', () => importCleanly(`工作报告\n一、经济发展\n全年完成投资${'9'.repeat(400)}万元。\n二、民生\n新增就业9506人。\n`));
});
