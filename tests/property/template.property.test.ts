/** Fuzzing pack text templates (see template.properties.ts); the last test proves a type-trusting helper is caught. */
import { describe, expect, it } from 'vitest';
import { expectHolds, runProperty } from './support/harness.js';

const props = new URL('./template.properties.ts', import.meta.url);

describe('template rendering never crashes or hangs', () => {
  it('any template source', async () => {
    expect((await expectHolds(props, 'pack texts: any template loads cleanly or is refused, and renders every slide kind of the sample', { numRuns: 600, timeLimitMs: 20_000 })).numRuns).toBeGreaterThan(25);
  });

  it('the built-in texts, any report', async () => {
    expect((await expectHolds(props, 'pack texts: fixed templates render any valid report', { numRuns: 150, timeLimitMs: 20_000 })).numRuns).toBeGreaterThan(25);
  });

  it('pack images: any bytes', async () => {
    expect((await expectHolds(props, 'readImage: any bytes give a measured PNG/JPEG or a reason', { numRuns: 2000 })).numRuns).toBeGreaterThan(25);
  });

  it('catches a helper that crashes on a value of the wrong type (deliberately broken)', async () => {
    const outcome = await runProperty(props, 'broken: a helper that trusts its argument type', { numRuns: 600 });
    expect(outcome.kind).toBe('counterexample');
    if (outcome.kind === 'counterexample') expect(outcome.error).toMatch(/TypeError/);
  });
});

// Regressions: bugs these properties found, now fixed.
describe('pack texts that once crashed', () => {
  const renderOrRefuse = async (source: string): Promise<void> => {
    const { createTextCompiler } = await import('../../main/engine/template/text-compiler.js');
    const { templateHelpers } = await import('../../main/engine/template/helpers/index.js');
    const { expectCleanOutcome } = await import('./support/fuzz.js');
    const compiler = createTextCompiler(templateHelpers);
    const loaded = await expectCleanOutcome(() => compiler.compile('t.hbs', source));
    const pillar = { id: 'p1', title: 't', sections: [], keyMetrics: [], metrics: [] };
    if (loaded.ok) await expectCleanOutcome(() => loaded.value({ pillar, section: { id: 's', title: 't', paragraphs: [], points: [], metrics: [] } } as never));
  };

  // summary-helpers.ts read `options.hash` from their second parameter: with no argument or two, rendering threw a
  // TypeError mid-export. They now check their argument count and refuse with a message naming the helper.
  it('{{keySentence}} with no argument is refused at load or renders', () => renderOrRefuse('{{keySentence}}'));
  it('{{keyPoints pillar 0}} with two arguments is refused at load or renders', () => renderOrRefuse('{{#each (keyPoints pillar 0)}}x{{/each}}'));
  it('{{kpiTable}} with no argument is refused at load or renders', () => renderOrRefuse('{{kpiTable}}'));

  // Fixed: text-compiler.ts templateError() now rewrites Handlebars' "Lexical error on line N" to one line too.
  it('a lexical error in a template is reported on one line', () => renderOrRefuse('{{#each (wan report)}}\u0000{{/each}}'));
});
