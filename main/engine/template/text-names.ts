/**
 * The text templates a pack provides in `text/`, what each one is for and which parts of TemplateData it sees.
 * A pack must have every required one; optional ones fall back to nothing (the slide leaves that text out).
 * Multi-line templates: each non-empty output line becomes its own paragraph (or, for notes, its own line).
 */
export interface TextTemplateSpec {
  readonly name: string;
  readonly required: boolean;
  /** For the template author's guide and `huibao templates show`. */
  readonly purpose: string;
}

export const TEXT_TEMPLATES: readonly TextTemplateSpec[] = [
  { name: 'title', required: true, purpose: 'Title slide: the big title (report)' },
  { name: 'subtitle', required: true, purpose: 'Title slide: the line under the title (report)' },
  { name: 'title-meta', required: true, purpose: 'Title slide: organisation, date … one per line (report)' },
  { name: 'overview-title', required: true, purpose: 'Overview slide heading (report, pillars, slide)' },
  { name: 'overview-subtitle', required: false, purpose: 'Overview slide subheading (report, pillars, slide)' },
  { name: 'pillar-title', required: true, purpose: 'Pillar slide heading (pillar, slide; slide.continued on a second part)' },
  { name: 'pillar-subtitle', required: true, purpose: 'Pillar slide subheading (pillar, slide)' },
  { name: 'section-title', required: true, purpose: 'Section slide heading, full preset (pillar, section, slide)' },
  { name: 'section-subtitle', required: true, purpose: 'Section slide subheading (pillar, section, slide)' },
  { name: 'outlook-title', required: true, purpose: 'Outlook slide heading (pillar = the outlook, slide)' },
  { name: 'outlook-subtitle', required: true, purpose: 'Outlook slide subheading (pillar, slide)' },
  { name: 'dashboard-title', required: true, purpose: 'One-page dashboard heading (report, pillars, slide)' },
  { name: 'dashboard-subtitle', required: false, purpose: 'One-page dashboard subheading (report, pillars, slide)' },
  { name: 'dashboard-strip', required: false, purpose: 'One-page dashboard: the line under the cards, e.g. the outlook (report, outlook)' },
  { name: 'chart-title', required: true, purpose: 'Title of a native chart (pillar, chart)' },
  { name: 'closing', required: true, purpose: 'Closing slide: first line big, further lines smaller (report, pillars)' },
  { name: 'footer', required: true, purpose: 'Footer of content slides (report, slide, pillar)' },
  { name: 'notes', required: true, purpose: 'Speaker notes of every slide; quote the source of every number (all fields; numbers, quotes)' },
  { name: 'summary.md', required: false, purpose: 'The PDF summary, as Markdown (report, pillars, outlook); without it a pack makes no summary' },
];

export type TextTemplateName = (typeof TEXT_TEMPLATES)[number]['name'];

/** Other templates in `text/` (e.g. summary.md.hbs for the PDF summary) are checked the same way but not required here. */
export const TEXT_DIR = 'text';
export const TEXT_EXTENSION = '.hbs';
