/**
 * Template packs come from other people, so their Handlebars texts are hostile input. The pack compiler
 * (main/engine/template/text-compiler.ts) must: refuse at load what could reach outside the data (partials,
 * decorators, unknown helpers, unknown names, the published Handlebars RCE gadgets); render without ever exposing
 * prototypes, functions or globals; keep its helpers to itself; and treat report text as text, never as template.
 * Deliberately broken case: the same payloads against an environment with prototype access turned on must leak.
 */
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../main/engine/errors.js';
import { buildTemplateData, type TemplateData } from '../../main/engine/template/data.js';
import { templateHelpers } from '../../main/engine/template/helpers/index.js';
import { createTextCompiler } from '../../main/engine/template/text-compiler.js';
import { validateReport } from '../../main/engine/report/validate.js';

const report = validateReport(JSON.parse(readFileSync('assets/samples/baiyangba-2023-q1q3.report.json', 'utf8')));
const shared = buildTemplateData({ report, preset: 'full', template: { id: 't', name: { zh: '测试', en: 'Test' } } });
const data: TemplateData = { ...shared, pillar: shared.pillars[0]!, section: shared.pillars[0]!.sections[0]!, numbers: shared.pillars[0]!.metrics.slice(0, 3) };
const compiler = createTextCompiler(templateHelpers);

declare global {
  var __huibaoPwned: unknown;
}
// Handlebars prints "Access has been denied to resolve the property …" for each blocked read: expected here, so quiet.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete globalThis.__huibaoPwned;
});

/** Published gadget chains (Handlebars advisories GHSA-q42p-pg8m-cqh6, GHSA-2cf5-4w76-r9qv and the 4.7.x fixes). */
const rceGadgets = [
  '{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return globalThis.__huibaoPwned = 1;"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}',
  '{{#with this as |obj|}}{{#with (obj.constructor.keys "1") as |arr|}}{{arr.pop}}{{#blockHelperMissing obj.constructor.prototype.__defineGetter__}}{{/blockHelperMissing}}{{/with}}{{/with}}',
  '{{#each pillars}}{{#with (lookup this "constructor")}}{{#with (lookup this "constructor")}}{{this "return globalThis.__huibaoPwned = 1"}}{{/with}}{{/with}}{{/each}}',
  '{{lookup (lookup report "constructor") "constructor"}}',
  '{{#with report.__proto__}}{{__defineSetter__ "title" 1}}{{/with}}',
];

/** Reads that must find nothing: prototypes, constructors and functions are not data. */
const prototypeReads = [
  '{{#each pillars}}[{{constructor}}][{{constructor.name}}][{{__proto__}}]{{/each}}',
  '{{#with report}}[{{lookup this "constructor"}}][{{lookup this "__proto__"}}][{{title.constructor}}]{{/with}}',
  '{{#each pillars}}{{#each sections}}[{{lookup this "hasOwnProperty"}}][{{toString}}][{{valueOf}}]{{/each}}{{/each}}',
  '{{#with pillar}}{{#with keyMetrics}}[{{length}}][{{map}}][{{push}}][{{constructor.constructor}}]{{/with}}{{/with}}',
  '{{#with report.title}}[{{length}}][{{charAt}}][{{constructor}}]{{/with}}',
];

/** Calls String.prototype methods on the title when prototype methods are reachable. */
const methodCall = '{{#with report.title}}[{{toUpperCase}}][{{trim}}]{{/with}}';

function loadOrRender(source: string): { refused: InputError } | { output: string } {
  try {
    return { output: compiler.compile('evil.hbs', source)(data) };
  } catch (error) {
    if (error instanceof InputError) return { refused: error };
    throw error;
  }
}

const leaks = (output: string): boolean => /function|native code|\[object |=>|prototype/i.test(output);

describe('the Handlebars sandbox', () => {
  it.each(rceGadgets)('never runs code from %s', (source) => {
    const outcome = loadOrRender(source);
    if ('output' in outcome) expect(leaks(outcome.output)).toBe(false);
    expect(globalThis.__huibaoPwned).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('title');
  });

  it.each(prototypeReads)('reads no prototype, constructor or function through %s', (source) => {
    const outcome = loadOrRender(source);
    expect('output' in outcome, 'these use only known names, so they should load').toBe(true);
    if ('output' in outcome) expect(leaks(outcome.output), outcome.output).toBe(false);
  });

  it.each([
    ['{{> header}}', /partials/],
    ['{{#> layout}}x{{/layout}}', /partials/],
    ['{{* decorator}}', /decorators/],
    ['{{evilHelper report}}', /unknown helper "evilHelper"/],
    ['{{process.env.HOME}}', /unknown name "process"/],
    ['{{globalThis}}', /unknown name "globalThis"/],
    ['{{require "child_process"}}', /unknown helper "require"/],
    ['{{#each pillars}}{{/each', /template ends|syntax/],
  ])('refuses %s when the pack loads, naming the file and place', (source, why) => {
    const outcome = loadOrRender(source);
    expect('refused' in outcome).toBe(true);
    if ('refused' in outcome) {
      expect(outcome.refused.file).toBe('evil.hbs');
      expect(outcome.refused.problems.map((p) => p.message).join(' ')).toMatch(why);
    }
  });

  it('keeps its helpers to itself: a helper registered on the global Handlebars is unknown to packs', () => {
    Handlebars.registerHelper('leakyGlobal', () => 'LEAKED');
    try {
      const outcome = loadOrRender('{{leakyGlobal report}}');
      expect('refused' in outcome).toBe(true);
    } finally {
      Handlebars.unregisterHelper('leakyGlobal');
    }
  });

  it('treats report text as text: template syntax inside the data is printed, not run', () => {
    const hostileReport = validateReport({ title: '{{#each pillars}}X{{/each}}{{constructor}}', pillars: [] });
    const hostileData = buildTemplateData({ report: hostileReport, preset: 'brief', template: { id: 't', name: { zh: '测', en: 'T' } } });
    expect(compiler.compile('title.hbs', '{{report.title}}')(hostileData)).toBe('{{#each pillars}}X{{/each}}{{constructor}}');
  });

  it('drops characters that would break the slide XML', () => {
    const hostileReport = validateReport({ title: 'a\u0000b\u0008c\u001Fd\uFFFEe', pillars: [] });
    const hostileData = buildTemplateData({ report: hostileReport, preset: 'brief', template: { id: 't', name: { zh: '测', en: 'T' } } });
    expect(compiler.compile('title.hbs', '{{report.title}}')(hostileData)).toBe('abcde');
  });

  it('calls no method of the data (String.prototype.toUpperCase stays out of reach)', () => {
    const plain = buildTemplateData({ report: validateReport({ title: 'abc', pillars: [] }), preset: 'brief', template: { id: 't', name: { zh: '测', en: 'T' } } });
    expect(compiler.compile('m.hbs', methodCall)(plain)).toBe('[][]');
  });

  it('the check can fail: with prototype methods allowed (deliberately broken), the same template calls them', () => {
    const plain = buildTemplateData({ report: validateReport({ title: 'abc', pillars: [] }), preset: 'brief', template: { id: 't', name: { zh: '测', en: 'T' } } });
    const unsafe = Handlebars.create().compile(methodCall, { noEscape: true });
    expect(unsafe(plain, { allowProtoMethodsByDefault: true })).toBe('[ABC][abc]');
  });
});
