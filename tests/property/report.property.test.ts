/**
 * Fuzzing report loading (see report.properties.ts). Each property runs in a worker with a fixed seed, bounded runs
 * and a time budget; the last block proves the checks can fail: the same properties against deliberately broken
 * functions must yield a counterexample or a hang.
 */
import { describe, expect, it, vi } from 'vitest';
import { expectHolds, runProperty } from './support/harness.js';

const props = new URL('./report.properties.ts', import.meta.url);

describe('report loading never crashes or hangs', () => {
  for (const name of [
    'validateReport: any value gives a report or a clean error',
    'validateReport: a wrong-typed field is named by its path',
    'validateReport: valid reports are accepted, and validation is idempotent',
    'parseStructuredReport: JSON and YAML of the same report agree',
    'parseStructuredText: any text gives a value or a clean error',
    'parseStructuredText: no input pollutes Object.prototype',
    'openReport: any bytes under any name give a report or a clean error',
  ]) {
    it(name, async () => {
      const outcome = await expectHolds(props, name, { numRuns: 300, timeLimitMs: 15_000 });
      expect(outcome.numRuns).toBeGreaterThanOrEqual(25);
    });
  }
});

describe('the fuzz checks can fail (deliberately broken functions)', () => {
  it('reports a crash with the input that caused it', async () => {
    const outcome = await runProperty(props, 'broken: a validator that crashes on non-objects', { numRuns: 300 });
    expect(outcome.kind).toBe('counterexample');
    if (outcome.kind === 'counterexample') expect(outcome.error).toMatch(/TypeError/);
  });

  it('reports an error that names the wrong field', async () => {
    const outcome = await runProperty(props, 'broken: a validator that names the wrong path', { numRuns: 300 });
    expect(outcome.kind).toBe('counterexample');
    if (outcome.kind === 'counterexample') expect(outcome.error).toMatch(/no problem names/);
  });

  it('stops a hang and reports the input', async () => {
    const outcome = await runProperty(props, 'broken: a number finder with a catastrophic regex', { numRuns: 500, hangMs: 3_000 });
    expect(outcome.kind).toBe('hang');
    if (outcome.kind === 'hang') expect(outcome.input).toContain('9999999999');
  });
});

// Regression: InputError.toOneLine() copied file names and ids verbatim, so a line break in either split the
// "one line on stderr" the CLI promises.
describe('line breaks in user text never split the one-line error', () => {
  it('a duplicate id containing a line break', async () => {
    const { validateReport } = await import('../../main/engine/report/validate.js');
    const { assertCleanInputError } = await import('./support/fuzz.js');
    const { InputError } = await import('../../main/engine/errors.js');
    const report = { title: 't', pillars: [{ id: 'a\nb', title: 'x' }, { id: 'a\nb', title: 'y' }] };
    let caught: unknown;
    try {
      validateReport(report, 'r.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    assertCleanInputError(caught as InstanceType<typeof InputError>);
  });

  it('a file name containing a line break', async () => {
    const { openReport } = await import('../../main/engine/input/open-report.js');
    const { assertCleanInputError } = await import('./support/fuzz.js');
    const { InputError } = await import('../../main/engine/errors.js');
    const caught = await openReport({ name: 'x\n.json', bytes: new Uint8Array([1]) }).catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(InputError);
    assertCleanInputError(caught as InstanceType<typeof InputError>);
  });
});

// Regression: the yaml parser's default log level printed warnings (an unknown tag `!!js/function`) to stderr.
describe('YAML warnings stay off stderr', () => {
  it('an unknown YAML tag emits no process warning', async () => {
    const { parseStructuredText } = await import('../../main/engine/report/validate.js');
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      parseStructuredText('title: !!js/function "x"\npillars: []\n', 'yaml', 't.yaml');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
