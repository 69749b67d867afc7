/**
 * Arbitraries shared by the property modules: awkward strings, valid reports, single-field mutations of the sample,
 * and text that looks like a Chinese work report (headings, enumerations, numbers with units and changes).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Report } from '../../../main/engine/report/schema.js';

const repo = new URL('../../../', import.meta.url);
export const sampleReportJson = JSON.parse(readFileSync(new URL('assets/samples/baiyangba-2023-q1q3.report.json', repo), 'utf8')) as Report;
export const sampleText = readFileSync(new URL('assets/samples/baiyangba-2023-q1q3.txt', repo), 'utf8');

/** Strings people and broken files produce: CJK, full-width punctuation, control characters, line breaks, emoji. */
export const awkwardString = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom(...'汇报党建引领，。、；：“”（）《》【】—…一二三四五六七八九十百千万亿%‰０１２．\n\r\t\u0000\u000b\u200b\u2028\ufeff😀 '.split('')), maxLength }),
  );

/** A valid report: unique ids by construction, keyMetrics drawn from the pillar's own metrics. */
export const validReport: fc.Arbitrary<Report> = fc
  .record({
    title: awkwardString(30).filter((s) => s.length > 0),
    subtitle: fc.option(awkwardString(), { nil: undefined }),
    lead: fc.option(awkwardString(200), { nil: undefined }),
    pillars: fc.array(
      fc.record({
        title: awkwardString(20).filter((s) => s.length > 0),
        kind: fc.constantFrom('pillar', 'outlook'),
        keyPick: fc.array(fc.nat(), { maxLength: 4 }),
        sections: fc.array(
          fc.record({
            title: awkwardString(20).filter((s) => s.length > 0),
            paragraphs: fc.array(awkwardString(120), { maxLength: 3 }),
            points: fc.array(awkwardString(40), { maxLength: 3 }),
            metrics: fc.array(
              fc.record({
                label: awkwardString(12).filter((s) => s.length > 0),
                raw: awkwardString(12).filter((s) => s.length > 0),
                value: fc.double({ noNaN: true, noDefaultInfinity: true }),
                unit: fc.constantFrom('', '亩', '万元', '亿元', '%', '个', '人次'),
                approx: fc.boolean(),
                start: fc.nat(100_000),
                length: fc.nat(50),
              }),
              { maxLength: 4 },
            ),
          }),
          { maxLength: 4 },
        ),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ title, subtitle, lead, pillars }) => {
    const report = {
      title,
      ...(subtitle === undefined ? {} : { subtitle }),
      ...(lead === undefined ? {} : { lead }),
      meta: {},
      pillars: pillars.map((pillar, p) => {
        const sections = pillar.sections.map((section, s) => ({
          id: `p${p + 1}-s${s + 1}`,
          title: section.title,
          paragraphs: section.paragraphs,
          points: section.points,
          captions: [],
          metrics: section.metrics.map((metric, m) => ({
            id: `p${p + 1}-s${s + 1}-m${m + 1}`,
            label: metric.label,
            raw: metric.raw,
            value: metric.value,
            unit: metric.unit,
            approx: metric.approx,
            source: { start: metric.start, end: metric.start + metric.length },
          })),
        }));
        const ids = sections.flatMap((section) => section.metrics.map((metric) => metric.id));
        const keyMetrics = ids.length ? [...new Set(pillar.keyPick.map((k) => ids[k % ids.length]!))] : [];
        return { id: `p${p + 1}`, title: pillar.title, kind: pillar.kind, sections, keyMetrics };
      }),
    };
    return report as Report;
  });

/** Every path in a JSON value, e.g. ['pillars', 2, 'sections', 0, 'title']. */
export function jsonPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...jsonPaths(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...jsonPaths(item, [...prefix, key]));
  return out;
}

export function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], value);
}

/** A deep copy of `value` with the node at `path` replaced (or removed when `replacement` is undefined). */
export function setAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string | number, unknown>)[key];
  } else (parent as Record<string | number, unknown>)[key] = replacement;
  return copy;
}

const samplePaths = jsonPaths(sampleReportJson);

export interface Mutation {
  readonly path: (string | number)[];
  readonly replacement: unknown;
  readonly mutated: unknown;
}

/** The sample report with one node replaced by an arbitrary JSON value, or removed. */
export const mutatedSample: fc.Arbitrary<Mutation> = fc
  .tuple(fc.constantFrom(...samplePaths), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), awkwardString()))
  .map(([path, replacement]) => ({ path, replacement, mutated: setAt(sampleReportJson, path, replacement) }));

const typeOfJson = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** A leaf of the sample (string, number, boolean) replaced by a value of another JSON type: always invalid. */
export const wrongTypeLeaf: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(...samplePaths.filter((path) => path[0] !== '$schema' && ['string', 'number', 'boolean'].includes(typeof getAt(sampleReportJson, path)))),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .filter(([path, replacement]) => typeOfJson(replacement) !== typeOfJson(getAt(sampleReportJson, path)))
  .map(([path, replacement]) => ({ path, replacement, mutated: setAt(sampleReportJson, path, replacement) }));

const sampleLines = sampleText.split('\n').filter((line) => line.trim());
const headings = ['一、', '二、', '十一、', '（一）', '（二）', '1.', '2．', '一是', '二是', '①', '②', '（1）', '第一，', '## ', '# ', '三、'];
const numbers = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String),
  fc.double({ min: -1e6, max: 1e9, noNaN: true }).map((n) => n.toFixed(2)),
  fc.constantFrom('13.9', '1,234.5', '１２３', '2.93', '0.5', '1e5', '3.', '.5', '１０．５', '--3', '1..2', '9'.repeat(400), '三千', '两千余', '百分之十'),
);
const units = fc.constantFrom('万亩', '亩', '亿元', '万元', '元', '%', '个百分点', '人', '人次', '户', '公里', '吨', '个', '件', '倍', '成', '‰', '');
const qualifiers = fc.constantFrom('', '同比增长', '同比下降', '增长', '下降', '提高', '减少', '持平', '余', '近', '约', '超', '达', '突破', '累计');

/** Text shaped like a report: real lines of the sample, headings, enumerations, numbers with units and changes, noise. */
export const reportLikeText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...sampleLines) },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...headings), awkwardString(20)).map(([h, t]) => h + t) },
      { weight: 4, arbitrary: fc.tuple(qualifiers, numbers, units, qualifiers, numbers, units).map((parts) => parts.join('')) },
      { weight: 1, arbitrary: awkwardString(200) },
      { weight: 1, arbitrary: fc.constantFrom('', '\r\n', '\n\n\n', '<p>', '</p>', '<h2>一、概况</h2>', '**加粗**', '| 表 | 格 |', '---', '\u3000\u3000', '\f') },
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));
