/**
 * The structured report: the one model every step of Huibao reads and writes.
 * Importers produce it, people may hand-write it (JSON/YAML, with the JSON Schema generated from here),
 * and the planner turns it into decks and summaries. This zod schema is the single source of truth.
 */
import { z } from 'zod';

/** Character offsets into the decoded source text; `text.slice(start, end)` contains the metric's `raw`. */
export const SourceSpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character of the sentence or number in the source text'),
    end: z.number().int().nonnegative().describe('Offset just past the last character'),
  })
  .refine((span) => span.end >= span.start, { message: 'end must not be before start', path: ['end'] })
  .describe('Where in the source text the number was found');

export const ChangeSchema = z
  .object({
    direction: z.enum(['up', 'down', 'flat']),
    value: z.number().finite().describe('Size of the change, always non-negative; the direction says which way'),
    unit: z.string().describe('Unit of the change, e.g. "%" or "个百分点"'),
    raw: z.string().describe('The change exactly as written, e.g. "同比增长2.93%"'),
  })
  .describe('A change (growth or decline) that qualifies the metric');

export const MetricSchema = z
  .object({
    id: z.string().min(1).describe('Unique within the report'),
    label: z.string().min(1).describe('Short label, e.g. 粮食种植面积'),
    raw: z.string().min(1).describe('The number exactly as in the source, e.g. 13.9万亩'),
    value: z.number().finite().describe('Normalized number in the base unit, e.g. 139000'),
    unit: z.string().describe('Base unit, e.g. 亩; empty for a bare count'),
    approx: z.boolean().default(false).describe('True for 余/近/约/超… (an approximate figure)'),
    change: ChangeSchema.optional(),
    source: SourceSpanSchema,
  })
  .describe('A key number found in the report');

export const SectionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  headline: z.string().optional().describe('One short sentence that sums the section up'),
  paragraphs: z.array(z.string()).default([]),
  points: z.array(z.string()).default([]).describe('Enumerated items (一是…, ①…, （1）…)'),
  captions: z.array(z.string()).default([]).describe('Photo captions that stood in this section'),
  metrics: z.array(MetricSchema).default([]),
});

export const PillarKindSchema = z.enum(['pillar', 'outlook']);

export const PillarSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  kind: PillarKindSchema.default('pillar'),
  sections: z.array(SectionSchema).default([]),
  keyMetrics: z.array(z.string()).default([]).describe('Ordered ids of the metrics chosen for slides'),
});

export const ReportMetaSchema = z.object({
  organization: z.string().optional(),
  period: z.string().optional(),
  date: z.string().optional(),
  author: z.string().optional(),
  source: z.string().optional(),
});

export const ReportSchema = z
  .object({
    $schema: z.string().optional().describe('Editor hint: path or URL of report.schema.json'),
    title: z.string().min(1),
    subtitle: z.string().optional(),
    meta: ReportMetaSchema.default({}),
    lead: z.string().optional().describe('The opening paragraph'),
    pillars: z.array(PillarSchema),
  })
  .superRefine((report, ctx) => {
    checkUniqueIds(report, ctx);
    checkKeyMetricsExist(report, ctx);
  })
  .describe('A structured Huibao report');

export type SourceSpan = z.infer<typeof SourceSpanSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type PillarKind = z.infer<typeof PillarKindSchema>;
export type Pillar = z.infer<typeof PillarSchema>;
export type ReportMeta = z.infer<typeof ReportMetaSchema>;
export type Report = z.infer<typeof ReportSchema>;

type ReportShape = { pillars: { id: string; keyMetrics: string[]; sections: { id: string; metrics: { id: string }[] }[] }[] };

/** Ids are how selections and edits refer to things, so a duplicate would silently edit two places. */
function checkUniqueIds(report: ReportShape, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  const claim = (id: string, path: (string | number)[]): void => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${id}"; ids must be unique in a report`, path });
    seen.add(id);
  };
  report.pillars.forEach((pillar, p) => {
    claim(pillar.id, ['pillars', p, 'id']);
    pillar.sections.forEach((section, s) => {
      claim(section.id, ['pillars', p, 'sections', s, 'id']);
      section.metrics.forEach((metric, m) => claim(metric.id, ['pillars', p, 'sections', s, 'metrics', m, 'id']));
    });
  });
}

function checkKeyMetricsExist(report: ReportShape, ctx: z.RefinementCtx): void {
  report.pillars.forEach((pillar, p) => {
    const own = new Set(pillar.sections.flatMap((section) => section.metrics.map((metric) => metric.id)));
    pillar.keyMetrics.forEach((id, k) => {
      if (!own.has(id)) {
        ctx.addIssue({ code: 'custom', message: `key metric "${id}" is not a metric of this pillar`, path: ['pillars', p, 'keyMetrics', k] });
      }
    });
  });
}
