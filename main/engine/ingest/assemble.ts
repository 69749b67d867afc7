/**
 * The outline → the structured report: titles split into title and subtitle or headline, punctuation made
 * full-width for display, points, captions and metrics filled in, outlook pillars marked, key metrics chosen, ids
 * given (p1, p1-s1, p1-s1-m1).
 */
import type { Metric, Pillar, Report, ReportMeta, Section } from '../report/schema.js';
import { chooseKeyMetrics, type Ranked } from './key-metrics.js';
import type { MappedText } from './mapped-text.js';
import { paragraphMetrics, type MetricDraft } from './numbers/paragraph-metrics.js';
import type { Outline, PillarDraft, SectionDraft } from './outline.js';
import { isOutlook } from './outlook.js';
import { extractPoints } from './points.js';
import { toDisplay } from './punctuation.js';
import { splitHeading } from './split-heading.js';
import { excerpt, type ImportTrace, type LineIndex } from './trace.js';

export interface AssembleInput {
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly meta: ReportMeta;
  readonly outline: Outline;
  readonly language: 'zh' | 'en';
  readonly sourceText: string;
  readonly lines: LineIndex;
  readonly trace: ImportTrace;
}

interface Context {
  readonly input: AssembleInput;
  readonly display: (text: string) => string;
}

export function assembleReport(input: AssembleInput): Report {
  const context: Context = { input, display: input.language === 'zh' ? toDisplay : (text) => text.replace(/\s{2,}/g, ' ').trim() };
  const lead = input.outline.lead.map((paragraph) => context.display(paragraph.text)).join('\n');
  const pillars = input.outline.pillars.map((draft, index) => buildPillar(context, draft, index + 1));
  attachLeadCaptions(pillars, input.outline.leadCaptions.map((caption) => context.display(caption.text)));
  markOutlook(context, pillars, input.outline.pillars);
  return {
    title: context.display(input.title),
    ...(input.subtitle ? { subtitle: context.display(input.subtitle) } : {}),
    meta: input.meta,
    ...(lead ? { lead } : {}),
    pillars,
  };
}

function buildPillar(context: Context, draft: PillarDraft, number: number): Pillar {
  const id = `p${number}`;
  const split = splitHeading(context.display(draft.head.text), context.input.language);
  const sectionDrafts = withIntro(context, draft, split.title);
  const ranked: Ranked[] = [];
  const sections = sectionDrafts.map((section, index) => buildSection(context, section, `${id}-s${index + 1}`, index, ranked));
  return {
    id,
    title: split.title,
    ...(split.second ? { subtitle: split.second } : {}),
    kind: 'pillar',
    sections,
    keyMetrics: chooseKeyMetrics(ranked),
  };
}

/**
 * Text before a pillar's first section: its own section when it holds figures (总体情况 / Overview) or when the
 * pillar has no sections; otherwise it opens the first section, so no text is lost and no empty slide is made.
 */
function withIntro(context: Context, draft: PillarDraft, pillarTitle: string): SectionDraft[] {
  const intro: SectionDraft = { head: undefined, origin: undefined, paragraphs: draft.intro, points: draft.introPoints, captions: draft.introCaptions };
  const hasText = draft.intro.length > 0 || draft.introPoints.length > 0;
  if (draft.sections.length === 0) return [{ ...intro, head: draft.head }];
  if (!hasText) {
    if (draft.introCaptions.length) draft.sections[0]!.captions.unshift(...draft.introCaptions);
    return draft.sections;
  }
  const hasFigures = draft.intro.some((paragraph) => paragraphMetrics(paragraph, context.input.sourceText, context.input.language, 'probe').metrics.length > 0);
  if (hasFigures) {
    context.input.trace.notes.push(`"${excerpt(pillarTitle)}": the text before its first section has figures, so it became a section of its own`);
    return [{ ...intro, head: undefined }, ...draft.sections];
  }
  const first = draft.sections[0]!;
  context.input.trace.notes.push(`"${excerpt(pillarTitle)}": the text before its first section has no figures, so it opens the section "${excerpt(first.head?.text ?? '')}"`);
  return [{ ...first, paragraphs: [...draft.intro, ...first.paragraphs], points: [...draft.introPoints, ...first.points], captions: [...draft.introCaptions, ...first.captions] }, ...draft.sections.slice(1)];
}

function buildSection(context: Context, draft: SectionDraft, id: string, index: number, ranked: Ranked[]): Section {
  const { language } = context.input;
  const heading = draft.head ? splitHeading(context.display(draft.head.text), language) : { title: language === 'zh' ? '总体情况' : 'Overview' };
  const texts = draft.origin?.head && draft.head === draft.origin.head ? [draft.origin.head, ...draft.paragraphs] : draft.paragraphs;
  const drafts = texts.flatMap((text, i) => metricsOf(context, text, `${id}:${i}`));
  const metrics = drafts.map((metric, i) => toMetric(context, metric, `${id}-m${i + 1}`));
  drafts.forEach((metric, i) => ranked.push({ id: metrics[i]!.id, section: index, metric }));
  const paragraphs = draft.paragraphs.map((paragraph) => context.display(paragraph.text)).filter((text) => text.length > 0);
  const points = [...draft.points.map((point) => context.display(point.text)), ...paragraphs.flatMap((paragraph) => extractPoints(paragraph))];
  return {
    id,
    title: heading.title,
    ...('second' in heading && heading.second ? { headline: heading.second } : {}),
    paragraphs,
    points: [...new Set(points)],
    captions: draft.captions.map((caption) => context.display(caption.text)),
    metrics,
  };
}

function metricsOf(context: Context, text: MappedText, key: string): MetricDraft[] {
  const { metrics, skipped } = paragraphMetrics(text, context.input.sourceText, context.input.language, key);
  for (const skip of skipped) context.input.trace.skippedNumbers.push({ line: context.input.lines.lineOf(skip.sourceOffset), text: skip.text, reason: skip.reason });
  return metrics;
}

function toMetric(context: Context, draft: MetricDraft, id: string): Metric {
  return {
    id,
    label: context.display(draft.label) || draft.raw,
    raw: draft.raw,
    value: draft.value,
    unit: draft.unit,
    approx: draft.approx,
    ...(draft.change ? { change: draft.change } : {}),
    source: draft.source,
  };
}

function attachLeadCaptions(pillars: Pillar[], captions: string[]): void {
  const first = pillars[0]?.sections[0];
  if (first && captions.length) first.captions.unshift(...captions);
}

/** The trailing pillars that speak of next steps, from the last one back. */
function markOutlook(context: Context, pillars: Pillar[], drafts: readonly PillarDraft[]): void {
  for (let i = pillars.length - 1; i >= 0; i--) {
    const pillar = pillars[i]!;
    const opening = drafts[i]!.intro[0]?.text ?? pillar.sections[0]?.paragraphs[0] ?? '';
    const reason = isOutlook(`${pillar.title} ${pillar.subtitle ?? ''}`, opening, context.input.language);
    if (!reason || (i === 0 && pillars.length > 1)) break;
    pillar.kind = 'outlook';
    context.input.trace.notes.push(`"${excerpt(pillar.title)}" is the outlook: ${reason}`);
  }
}
