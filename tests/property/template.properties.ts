/**
 * Properties of pack text templates (main/engine/template/text-compiler.ts and the helpers): any template source a
 * pack could hold either is refused when the pack loads (a clean InputError naming the file) or renders, with the
 * sample's data for every kind of slide, to a string or a clean InputError — never a TypeError mid-export, never a
 * hang — and the output holds no character that breaks slide XML. The broken variant swaps in a helper that trusts
 * its argument's type.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildTemplateData, type TemplateData } from '../../main/engine/template/data.js';
import { templateHelpers } from '../../main/engine/template/helpers/index.js';
import type { TemplateHelper } from '../../main/engine/template/helpers/index.js';
import { createTextCompiler } from '../../main/engine/template/text-compiler.js';
import { readImage } from '../../main/engine/template/image-asset.js';
import { validateReport } from '../../main/engine/report/validate.js';
import { awkwardString, validReport } from './support/arbitraries.js';
import { expectCleanOutcome, fuzz, type FuzzProperty } from './support/fuzz.js';

const sample = validateReport(JSON.parse(readFileSync(new URL('../../assets/samples/baiyangba-2023-q1q3.report.json', import.meta.url), 'utf8')));
const sampleText = readFileSync(new URL('../../assets/samples/baiyangba-2023-q1q3.txt', import.meta.url), 'utf8');

/** The data as each kind of slide sees it: title (shared only), pillar, section with numbers and quotes, chart. */
function contexts(shared: TemplateData): TemplateData[] {
  const pillar = shared.pillars[0];
  const section = pillar?.sections[0];
  const out: TemplateData[] = [shared];
  if (pillar) out.push({ ...shared, pillar, slide: { number: 2, kind: 'pillar', part: 1, parts: 1, continued: false } });
  if (pillar && section) {
    const numbers = section.metrics;
    out.push({ ...shared, pillar, section, numbers, quotes: numbers.map((n) => ({ text: n.quote ?? '', numbers: [n.display] })), slide: { number: 3, kind: 'section', part: 2, parts: 2, continued: true }, chart: { unit: '万元', family: '金额', count: numbers.length } });
  }
  return out;
}

const sampleContexts = contexts(buildTemplateData({ report: sample, preset: 'full', template: { id: 'fuzz', name: { zh: '模糊', en: 'Fuzz' } }, sourceText: sampleText }));

const names = ['report', 'report.title', 'report.meta.date', 'report.date', 'report.pillarCount', 'pillars', 'pillar', 'pillar.title', 'pillar.headline', 'pillar.keyMetrics', 'pillar.sections', 'section', 'section.metrics', 'section.points', 'numbers', 'quotes', 'chart.unit', 'slide.number', 'slide.continued', 'outlook', 'template.name', 'deck.preset', 'this', '.', '..', '../report', '@index', '@first', '@root.report', 'title', 'display', 'value', 'change', 'change.arrow', 'constructor', '__proto__', 'nosuch', 'report.nosuch.deeper', 'pillars.[0].title', 'pillars.0'];
const helperNames = Object.keys(templateHelpers);
const literal = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map(String), fc.constantFrom('0', '-0', '1e308', '0.5', 'true', 'false', 'null', 'undefined', '"亩"', '"%"', '""', '"\\u0000"', "'x'"));
const path = fc.constantFrom(...names);
const argument: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: path },
  { weight: 2, arbitrary: literal },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...helperNames), path).map(([h, p]) => `(${h} ${p})`) },
);
const hash = fc.array(fc.tuple(fc.constantFrom('limit', 'chars', 'min', 'max', 'x'), argument), { maxLength: 2 }).map((pairs) => pairs.map(([k, v]) => ` ${k}=${v}`).join(''));
const call = fc.tuple(fc.constantFrom(...helperNames), fc.array(argument, { maxLength: 3 }), hash).map(([helper, args, h]) => `${helper}${args.map((a) => ` ${a}`).join('')}${h}`);
const mustache = fc.oneof(path.map((p) => `{{${p}}}`), call.map((c) => `{{${c}}}`), call.map((c) => `{{{${c}}}}`), path.map((p) => `{{{${p}}}}`));

const { template } = fc.letrec<{ template: string; node: string }>((tie) => ({
  template: fc.array(tie('node'), { maxLength: 6 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: awkwardString(12).map((s) => s.replace(/[{}]/g, '')) },
    { weight: 4, arbitrary: mustache },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('each', 'with', 'if', 'unless'), argument, tie('template'), fc.option(tie('template'))).map(([b, a, body, other]) => `{{#${b} ${a}}}${body}${other === null ? '' : `{{else}}${other}`}{{/${b}}}`) },
    { weight: 1, arbitrary: fc.tuple(call, tie('template')).map(([c, body]) => `{{#each (${c})}}${body}{{/each}}`) },
    { weight: 1, arbitrary: fc.constantFrom('{{!-- note --}}', '{{! x }}', '{{> partial}}', '{{* deco}}', '{{', '}}', '{{#each pillars}}', '{{/if}}', '{{else}}', '\\{{escaped}}', '{{~report.title~}}', '{{#each pillars as |p i|}}{{p.title}}{{i}}{{/each}}', '{{lookup pillars 0}}', '{{log report}}') },
  ),
}));

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function rendersCleanly(helpers: Readonly<Record<string, TemplateHelper>>, dataSets: readonly TemplateData[]) {
  const compiler = createTextCompiler(helpers);
  return async (source: string): Promise<void> => {
    const loaded = await expectCleanOutcome(() => compiler.compile('fuzz.hbs', source));
    if (!loaded.ok) {
      if (loaded.error.file !== 'fuzz.hbs') throw new Error(`a template error names ${loaded.error.file}, not the template`);
      return;
    }
    for (const data of dataSets) {
      const rendered = await expectCleanOutcome(() => loaded.value(data));
      if (rendered.ok && typeof rendered.value !== 'string') throw new Error('rendering gave a non-string');
      if (rendered.ok && XML_INVALID.test(rendered.value)) throw new Error(`the output holds an XML-invalid character: ${JSON.stringify(rendered.value)}`);
    }
  };
}

/** Deliberately wrong: a `wan` helper that trusts its argument to be a number. */
const brokenHelpers = { ...templateHelpers, wan: (value: unknown) => (value as number).toFixed(1) };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Image bytes as a pack might carry them: real headers, truncated or corrupted, and noise. */
const imageBytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.tuple(fc.uint8Array({ maxLength: 40 }), fc.nat(40)).map(([tail, cut]) => new Uint8Array([...PNG, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...tail].slice(0, 8 + cut))),
  fc.array(fc.tuple(fc.integer({ min: 0xc0, max: 0xfe }), fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 12 })), { maxLength: 6 }).map((segments) =>
    new Uint8Array([0xff, 0xd8, ...segments.flatMap(([marker, length, body]) => [0xff, marker, length >> 8, length & 0xff, ...body])]),
  ),
);

export const properties: Record<string, FuzzProperty> = {
  'readImage: any bytes give a measured PNG/JPEG or a reason': fuzz(imageBytes, (bytes) => {
    const image = readImage('assets/logo.png', bytes);
    if (typeof image === 'string') return;
    if (!(image.width > 0 && image.height > 0 && Number.isInteger(image.width) && Number.isInteger(image.height))) throw new Error(`accepted an image of ${image.width}×${image.height}`);
  }),
  'pack texts: any template loads cleanly or is refused, and renders every slide kind of the sample': fuzz(template, rendersCleanly(templateHelpers, sampleContexts)),
  'pack texts: fixed templates render any valid report': fuzz(validReport, async (report) => {
    const data = contexts(buildTemplateData({ report, preset: 'full', template: { id: 'fuzz', name: { zh: '模糊', en: 'Fuzz' } } }));
    const check = rendersCleanly(templateHelpers, data);
    for (const file of ['title', 'pillar-title', 'section-title', 'notes', 'summary.md', 'footer', 'title-meta']) {
      await check(readFileSync(new URL(`../../templates/gov-blue/text/${file}.hbs`, import.meta.url), 'utf8'));
    }
  }),
  'broken: a helper that trusts its argument type': fuzz(template, rendersCleanly(brokenHelpers, sampleContexts)),
};
