/**
 * The planner: report + selection + template pack → Deck. Pure and deterministic — the same input gives the same
 * Deck, byte for byte — so the PPTX, the PDF handout and the app's preview, which all draw this Deck, agree.
 * Every text is sized and broken here with the bundled font's metrics; writers never measure.
 */
import type { Deck, Slide } from '../deck/model.js';
import type { FontMetrics } from '../layout/font-metrics.js';
import type { Report } from '../report/schema.js';
import { applySelection } from '../selection/apply.js';
import type { Selection } from '../selection/schema.js';
import { buildTemplateData } from '../template/data.js';
import type { TemplatePack } from '../template/pack.js';
import { colorResolver } from './colors.js';
import type { PlanContext } from './plan-context.js';
import { slideJobs, type SlideJob } from './presets.js';
import { lineBreaker } from './text/line-breaker.js';
import { closingSlide } from './slides/closing.js';
import { dashboardSlides } from './slides/dashboard.js';
import { outlookSlides } from './slides/outlook.js';
import { overviewSlides } from './slides/overview.js';
import { pillarSlides } from './slides/pillar.js';
import { sectionSlides } from './slides/section.js';
import { titleSlide } from './slides/title.js';

export interface PlanInput {
  /** The report as opened; the selection is applied here. */
  readonly report: Report;
  readonly selection: Selection;
  readonly pack: TemplatePack;
  readonly metrics: FontMetrics;
  /** Decoded source text of a raw input: speaker notes then quote whole sentences from it (see source-quote.ts). */
  readonly sourceText?: string;
}

export interface PlanResult {
  readonly deck: Deck;
  /** Things the user should know (text shortened, a pillar without numbers…), in slide order. */
  readonly warnings: string[];
}

export function planDeck(input: PlanInput): PlanResult {
  const warnings: string[] = [];
  const report = applySelection(input.report, input.selection);
  const manifest = input.pack.manifest;
  const data = buildTemplateData({
    report,
    preset: input.selection.preset,
    template: manifest,
    editedMetricIds: new Set(Object.keys(input.selection.metricEdits)),
    ...(input.sourceText === undefined ? {} : { sourceText: input.sourceText }),
  });
  const ctx: PlanContext = {
    pack: input.pack,
    manifest,
    metrics: input.metrics,
    breaker: lineBreaker(input.metrics),
    color: colorResolver(manifest),
    data,
    selection: input.selection,
    size: { w: manifest.slideSize.w, h: manifest.slideSize.h },
    // Fitting tries layouts more than once (e.g. before sharing bullets out evenly): say each thing once.
    warn: (message) => void (warnings.includes(message) || warnings.push(message)),
  };
  if (report.pillars.length === 0) warnings.push('the selection leaves no pillars: the deck has only its title and closing slides');
  const slides: Slide[] = [];
  for (const job of slideJobs(input.selection.preset, data.pillars)) slides.push(...planJob(ctx, job, slides.length + 1));
  const { primary, primaryDark, accent, background, surface, text, muted, chart } = manifest.colors;
  const deck: Deck = {
    title: report.title,
    author: report.meta.organization ?? report.meta.author ?? '',
    lang: 'zh-CN',
    size: ctx.size,
    fonts: { latin: manifest.fonts.latin, eastAsian: manifest.fonts.eastAsian },
    templateId: manifest.id,
    theme: { name: manifest.name.zh, colors: { primary, primaryDark, accent, background, surface, text, muted, chart } },
    slides,
  };
  return { deck, warnings };
}

function planJob(ctx: PlanContext, job: SlideJob, number: number): Slide[] {
  switch (job.kind) {
    case 'title':
      return [titleSlide(ctx, number)];
    case 'overview':
      return overviewSlides(ctx, number);
    case 'pillar':
      return pillarSlides(ctx, job.pillar, number);
    case 'section':
      return sectionSlides(ctx, job.pillar, job.section, number);
    case 'outlook':
      return outlookSlides(ctx, job.pillar, number);
    case 'dashboard':
      return dashboardSlides(ctx, number);
    case 'closing':
      return [closingSlide(ctx, number)];
  }
}
