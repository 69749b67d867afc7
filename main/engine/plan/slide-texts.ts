/**
 * The words of a slide from the pack's text templates: heading, subheading, footer and speaker notes, rendered with
 * the report-wide data plus this slide's context (pillar, section, part, the numbers it shows and their sources).
 */
import type { SlideKind } from '../deck/model.js';
import { quotesFor, type ChartData, type MetricData, type PillarData, type SectionData, type TemplateData } from '../template/data.js';
import { renderPackLines, renderPackText } from '../template/render-text.js';
import type { PlanContext } from './plan-context.js';

export interface SlideContext {
  readonly kind: SlideKind;
  readonly number: number;
  readonly part?: number;
  readonly parts?: number;
  readonly pillar?: PillarData;
  readonly section?: SectionData;
  readonly numbers?: readonly MetricData[];
  readonly chart?: ChartData;
}

export function slideData(ctx: PlanContext, slide: SlideContext): TemplateData {
  const part = slide.part ?? 1;
  const numbers = uniqueById(slide.numbers ?? []);
  return {
    ...ctx.data,
    ...(slide.pillar ? { pillar: slide.pillar } : {}),
    ...(slide.section ? { section: slide.section } : {}),
    ...(slide.chart ? { chart: slide.chart } : {}),
    slide: { number: slide.number, kind: slide.kind, part, parts: slide.parts ?? 1, continued: part > 1 },
    numbers,
    quotes: quotesFor(numbers),
  };
}

/** One line of a template (headings): the lines joined by a space. */
export function line(ctx: PlanContext, name: string, data: TemplateData): string {
  return renderPackLines(ctx.pack, name, data).join(' ');
}

export function lines(ctx: PlanContext, name: string, data: TemplateData): string[] {
  return renderPackLines(ctx.pack, name, data);
}

/** Speaker notes: the notes template, with trailing spaces and runs of blank lines removed. */
export function notes(ctx: PlanContext, data: TemplateData): string {
  return renderPackText(ctx.pack, 'notes', data)
    .split('\n')
    .map((text) => text.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function footer(ctx: PlanContext, data: TemplateData): string {
  return line(ctx, 'footer', data);
}

function uniqueById(metrics: readonly MetricData[]): MetricData[] {
  const seen = new Set<string>();
  return metrics.filter((metric) => !seen.has(metric.id) && seen.add(metric.id));
}
