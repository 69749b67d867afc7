/**
 * The data every text template (`text/*.hbs`) receives. Defined once here so the deck's texts, the speaker notes and
 * the PDF summary (`text/summary.md.hbs`) read the same fields.
 *
 * Template author's reference (all strings are plain text; nothing is HTML-escaped in PPTX and PDF output):
 *
 *   report      the report after the user's selection
 *     .title .subtitle .lead           strings (subtitle/lead may be missing)
 *     .meta.organization .period .date .author .source
 *     .date       meta.date written the Chinese way (2023年10月12日), or missing
 *     .pillarCount .metricCount
 *   pillars     every selected pillar in deck order (outlook pillars included; test `kind`)
 *   outlook     the first outlook pillar, if the report has one
 *   template    .id .name .nameEn of the pack in use
 *   deck        .preset ('brief' | 'full' | 'onepage')
 *
 *   Set only where a text belongs to one slide:
 *   pillar      the pillar the slide shows (a PillarData)
 *   section     the section the slide shows (a SectionData), on section slides
 *   slide       .number (1-based) .kind .part .parts (continuations: part 2 of 2) .continued (true after the first part)
 *   numbers     the numbers shown on the slide (MetricData), in reading order — for speaker notes
 *   quotes      the source sentences of those numbers, each once: { text, numbers: [display strings] }
 *   chart       on slides with a chart: .unit (e.g. 万元) .family (e.g. 金额) .count
 *
 *   PillarData  .id .number (1, 2, …; outlooks are counted apart) .ordinal (一, 二, …) .kind ('pillar' | 'outlook') .title .subtitle
 *               .headline (its first key MetricData) .keyMetrics .metrics (all of its numbers) .sections
 *   SectionData .id .number .title .headline .points (strings) .paragraphs (strings) .metrics
 *   MetricData  .id .label .raw (as in the source) .value .unit .approx .edited (changed by the user)
 *               .display (e.g. 13.9万亩) .displayNumber (13.9) .displayUnit (万亩)
 *               .change (missing, or .direction .arrow .basis .amount .text .raw) .quote (its source sentence)
 *
 * Helpers: see helpers.ts (wan, thousands, percent, ratio, arrow, change, metric, ordinal, pad, date, join, default, eq).
 */
import type { Metric, Pillar, Report, Section } from '../report/schema.js';
import type { Preset } from '../selection/schema.js';
import { chineseDate } from './format/chinese-date.js';
import { formatChange } from './format/format-change.js';
import { formatMetric } from './format/format-metric.js';
import { chineseOrdinal } from './format/ordinal.js';
import { quoteForMetric, type SourceLookup } from './source-quote.js';

export interface ChangeData {
  readonly direction: 'up' | 'down' | 'flat';
  readonly value: number;
  readonly unit: string;
  readonly raw: string;
  readonly arrow: string;
  readonly basis: string;
  readonly amount: string;
  readonly text: string;
}

export interface MetricData {
  readonly id: string;
  readonly label: string;
  readonly raw: string;
  readonly value: number;
  readonly unit: string;
  readonly approx: boolean;
  readonly edited: boolean;
  readonly display: string;
  readonly displayPrefix: string;
  readonly displayNumber: string;
  readonly displayUnit: string;
  readonly change?: ChangeData;
  readonly quote: string;
}

export interface SectionData {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly headline?: string;
  readonly points: readonly string[];
  readonly paragraphs: readonly string[];
  readonly metrics: readonly MetricData[];
}

export interface PillarData {
  readonly id: string;
  readonly number: number;
  readonly ordinal: string;
  readonly kind: 'pillar' | 'outlook';
  readonly title: string;
  readonly subtitle?: string;
  readonly headline?: MetricData;
  readonly keyMetrics: readonly MetricData[];
  readonly metrics: readonly MetricData[];
  readonly sections: readonly SectionData[];
}

export interface ReportData {
  readonly title: string;
  readonly subtitle?: string;
  readonly lead?: string;
  readonly meta: Report['meta'];
  readonly date?: string;
  readonly pillarCount: number;
  readonly metricCount: number;
}

export interface QuoteData {
  readonly text: string;
  readonly numbers: readonly string[];
}

export interface SlideData {
  readonly number: number;
  readonly kind: string;
  readonly part: number;
  readonly parts: number;
  readonly continued: boolean;
}

export interface ChartData {
  readonly unit: string;
  readonly family: string;
  readonly count: number;
}

export interface TemplateData {
  readonly report: ReportData;
  readonly pillars: readonly PillarData[];
  readonly outlook?: PillarData;
  readonly template: { readonly id: string; readonly name: string; readonly nameEn: string };
  readonly deck: { readonly preset: Preset };
  readonly pillar?: PillarData;
  readonly section?: SectionData;
  readonly slide?: SlideData;
  readonly numbers?: readonly MetricData[];
  readonly quotes?: readonly QuoteData[];
  readonly chart?: ChartData;
}

/** The top-level names a template may use; a template naming anything else fails when the pack loads. */
export const TEMPLATE_DATA_FIELDS: readonly (keyof TemplateData)[] = ['report', 'pillars', 'outlook', 'template', 'deck', 'pillar', 'section', 'slide', 'numbers', 'quotes', 'chart'];

export interface TemplateDataInput {
  /** The report after applySelection. */
  readonly report: Report;
  readonly preset: Preset;
  readonly template: { readonly id: string; readonly name: { readonly zh: string; readonly en: string } };
  /** Decoded source text that metric offsets point into (raw inputs); without it quotes come from the paragraphs. */
  readonly sourceText?: string;
  /** Ids of metrics the user edited (Selection.metricEdits keys), so notes can say so. */
  readonly editedMetricIds?: ReadonlySet<string>;
}

/** Build the shared part of the template data (no slide context) for a selected report. */
export function buildTemplateData(input: TemplateDataInput): TemplateData {
  const lookup: SourceLookup = input.sourceText === undefined ? {} : { sourceText: input.sourceText };
  const edited = input.editedMetricIds ?? new Set<string>();
  // Pillars and outlooks are numbered separately: "一、…五、" for the work, the outlook stands on its own.
  const counters = { pillar: 0, outlook: 0 };
  const pillars = input.report.pillars.map((pillar) => pillarData(pillar, (counters[pillar.kind] += 1), lookup, edited));
  const outlook = pillars.find((pillar) => pillar.kind === 'outlook');
  const date = input.report.meta.date ? chineseDate(input.report.meta.date) : undefined;
  const report: ReportData = {
    title: input.report.title,
    ...optional('subtitle', input.report.subtitle),
    ...optional('lead', input.report.lead),
    meta: input.report.meta,
    ...optional('date', date),
    pillarCount: pillars.filter((pillar) => pillar.kind === 'pillar').length,
    metricCount: pillars.reduce((n, pillar) => n + pillar.metrics.length, 0),
  };
  return {
    report,
    pillars,
    ...optional('outlook', outlook),
    template: { id: input.template.id, name: input.template.name.zh, nameEn: input.template.name.en },
    deck: { preset: input.preset },
  };
}

export function pillarData(pillar: Pillar, number: number, lookup: SourceLookup, edited: ReadonlySet<string>): PillarData {
  const sections = pillar.sections.map((section, index) => sectionData(section, index + 1, lookup, edited));
  const metrics = sections.flatMap((section) => section.metrics);
  const byId = new Map(metrics.map((metric) => [metric.id, metric]));
  const keyMetrics = pillar.keyMetrics.map((id) => byId.get(id)).filter((metric): metric is MetricData => metric !== undefined);
  return {
    id: pillar.id,
    number,
    ordinal: chineseOrdinal(number),
    kind: pillar.kind,
    title: pillar.title,
    ...optional('subtitle', pillar.subtitle),
    ...optional('headline', keyMetrics[0]),
    keyMetrics,
    metrics,
    sections,
  };
}

function sectionData(section: Section, number: number, lookup: SourceLookup, edited: ReadonlySet<string>): SectionData {
  return {
    id: section.id,
    number,
    title: section.title,
    ...optional('headline', section.headline),
    points: section.points,
    paragraphs: section.paragraphs,
    metrics: section.metrics.map((metric) => metricData(metric, section, lookup, edited.has(metric.id))),
  };
}

export function metricData(metric: Metric, section: Section, lookup: SourceLookup, edited: boolean): MetricData {
  const display = formatMetric(metric);
  return {
    id: metric.id,
    label: metric.label,
    raw: metric.raw,
    value: metric.value,
    unit: metric.unit,
    approx: metric.approx,
    edited,
    display: display.text,
    displayPrefix: display.prefix,
    displayNumber: display.number,
    displayUnit: display.unit,
    ...(metric.change ? { change: { ...metric.change, ...formatChange(metric.change) } } : {}),
    quote: quoteForMetric(metric, section, lookup),
  };
}

/** Group numbers by their source sentence, so notes quote each sentence once. */
export function quotesFor(numbers: readonly MetricData[]): QuoteData[] {
  const groups = new Map<string, string[]>();
  for (const metric of numbers) {
    const list = groups.get(metric.quote) ?? [];
    const shown = `${metric.label} ${metric.display}`;
    if (!list.includes(shown)) list.push(shown);
    groups.set(metric.quote, list);
  }
  return [...groups].map(([text, list]) => ({ text, numbers: list }));
}

/** `{ key: value }` when value is defined, `{}` otherwise (exactOptionalPropertyTypes forbids `key: undefined`). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
