/**
 * Properties of report loading and validation (main/engine/report, main/engine/input/open-report.ts): any value,
 * any text and any bytes give a report or a clean InputError; a wrong field is named by its path; valid reports
 * survive JSON and YAML unchanged. The `broken*` entries run the same properties against deliberately wrong
 * functions: tests/property/report.property.test.ts proves the harness reports them.
 */
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { formatIssuePath, parseStructuredReport, parseStructuredText, validateReport } from '../../main/engine/report/validate.js';
import { openReport } from '../../main/engine/input/open-report.js';
import { supportedExtensions } from '../../main/engine/input/formats.js';
import { InputError } from '../../main/engine/errors.js';
import { awkwardString, mutatedSample, reportLikeText, validReport, wrongTypeLeaf, type Mutation } from './support/arbitraries.js';
import { expectCleanOutcome, fuzz, type FuzzProperty } from './support/fuzz.js';

const anyValue = fc.oneof(fc.anything({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 5 }), mutatedSample.map((m) => m.mutated));

/** JSON-ish and YAML-ish text, including truncated and corrupted documents. */
const structuredText = fc.oneof(
  awkwardString(200),
  fc.json({ maxDepth: 4 }),
  fc.tuple(validReport, fc.nat(), fc.nat(), awkwardString(5)).map(([report, cut, at, insert]) => {
    const text = JSON.stringify(report);
    const i = at % (text.length + 1);
    return (text.slice(0, i) + insert + text.slice(i)).slice(0, text.length - (cut % 8));
  }),
  validReport.map((report) => toYaml(report)),
  fc.constantFrom('a: &a [*a]', '{"title": "x", "pillars": [', '- - - -', '"\\ud800"', '\ufeff{}', 'title: !!js/function "x"', '[' .repeat(5000), '{"__proto__": {"polluted": true}, "title": "t", "pillars": []}'),
);

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function namesThePath(validate: (value: unknown) => unknown) {
  return async ({ path, mutated }: Mutation): Promise<void> => {
    const outcome = await expectCleanOutcome(() => validate(mutated));
    if (outcome.ok) throw new Error(`a value of the wrong type at ${formatIssuePath(path)} was accepted`);
    const where = formatIssuePath(path);
    if (!outcome.error.problems.some((problem) => problem.where === where)) {
      throw new Error(`no problem names ${where}: ${outcome.error.problems.map((p) => p.where).join(', ')}`);
    }
  };
}

/** Deliberately wrong: reads a field before validating, so a non-object crashes with a TypeError. */
function brokenValidateReport(value: unknown): unknown {
  if ((value as { pillars: unknown[] }).pillars.length > 100) throw new InputError({ message: 'too many pillars' });
  return validateReport(value);
}

/** Deliberately wrong: reports every problem one level up (the parent's path), as a sloppy formatter might. */
function brokenPathsValidateReport(value: unknown): unknown {
  try {
    return validateReport(value);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError({ message: error.message, problems: error.problems.map((p) => ({ message: p.message, where: (p.where ?? '').replace(/(\.[^.[\]]+|\[\d+\])$/, '') })) });
  }
}

/** Deliberately wrong: a number finder with a catastrophic regular expression (nested quantifiers). */
function brokenNumberFinder(text: string): number {
  return text.split('\n').filter((line) => /(\d+)+%$/.test(line)).length;
}

export const properties: Record<string, FuzzProperty> = {
  'validateReport: any value gives a report or a clean error': fuzz(anyValue, (value) => expectCleanOutcome(() => validateReport(value, 'fuzz.json'))),
  'validateReport: a wrong-typed field is named by its path': fuzz(wrongTypeLeaf, namesThePath((value) => validateReport(value))),
  'validateReport: valid reports are accepted, and validation is idempotent': fuzz(validReport, (report) => {
    const once = validateReport(JSON.parse(JSON.stringify(report)));
    const twice = validateReport(JSON.parse(JSON.stringify(once)));
    if (!sameJson(once, twice)) throw new Error('validating a validated report changed it');
    if (!sameJson(once.pillars.map((p) => p.id), report.pillars.map((p) => p.id))) throw new Error('pillars were lost or reordered');
  }),
  'parseStructuredReport: JSON and YAML of the same report agree': fuzz(validReport, (report) => {
    const fromJson = parseStructuredReport(JSON.stringify(report), 'json', 'r.json');
    // Double-quoted scalars: the yaml library's default block style loses a leading space on the first line
    // (eemeli/yaml#692, #695). That is a writer's bug, not the reader's, and Huibao reads here.
    const fromYaml = parseStructuredReport(toYaml(report, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }), 'yaml', 'r.yaml');
    if (!sameJson(fromJson, fromYaml)) throw new Error('the YAML form loads differently from the JSON form');
  }),
  'parseStructuredText: any text gives a value or a clean error': fuzz(fc.tuple(structuredText, fc.constantFrom('json' as const, 'yaml' as const)), ([text, format]) =>
    expectCleanOutcome(() => parseStructuredText(text, format, `fuzz.${format}`)),
  ),
  'parseStructuredText: no input pollutes Object.prototype': fuzz(fc.tuple(structuredText, fc.constantFrom('json' as const, 'yaml' as const)), async ([text, format]) => {
    await expectCleanOutcome(() => parseStructuredReport(text, format, `fuzz.${format}`));
    if ('polluted' in {}) throw new Error('Object.prototype was polluted');
  }),
  'openReport: any bytes under any name give a report or a clean error': fuzz(
    fc.tuple(
      fc.oneof(fc.constantFrom(...supportedExtensions, 'exe', 'JSON', 'Md', ''), awkwardString(6)),
      fc.oneof(fc.uint8Array({ maxLength: 2000 }), reportLikeText.map((t) => new TextEncoder().encode(t)), structuredText.map((t) => new TextEncoder().encode(t))),
    ),
    ([extension, bytes]) => expectCleanOutcome(() => openReport({ name: `fuzz.${extension}`, bytes })),
  ),
  // Deliberately broken variants (must be reported, never pass):
  'broken: a validator that crashes on non-objects': fuzz(anyValue, (value) => expectCleanOutcome(() => brokenValidateReport(value))),
  'broken: a validator that names the wrong path': fuzz(wrongTypeLeaf, namesThePath(brokenPathsValidateReport)),
  'broken: a number finder with a catastrophic regex': fuzz(reportLikeText, (text) => brokenNumberFinder(text)),
};
