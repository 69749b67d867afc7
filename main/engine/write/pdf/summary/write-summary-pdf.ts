/**
 * The PDF summary of a report, worded by the template pack: `text/summary.md.hbs` gets the same template data as
 * the deck's texts (template/data.ts) and writes a small Markdown document; that Markdown becomes the PDF in the
 * pack's colours (summary-from-markdown.ts). A user changes the summary's parts and sentences in that one file.
 */
import { InputError } from '../../../errors.js';
import type { Report } from '../../../report/schema.js';
import type { Preset } from '../../../selection/schema.js';
import { buildTemplateData } from '../../../template/data.js';
import type { TemplatePack } from '../../../template/pack.js';
import { renderPackText } from '../../../template/render-text.js';
import type { MarkdownColors, MarkdownImage } from '../markdown/markdown-theme.js';
import type { PdfFonts } from '../pdf-fonts.js';
import { summaryPdfFromMarkdown } from './summary-from-markdown.js';

/** The pack text the summary comes from: `text/summary.md.hbs`. */
export const SUMMARY_TEXT = 'summary.md';
export const TOC_TITLE = '目录';

export interface SummaryInput {
  /** The report with the user's selection already applied (applySelection). */
  readonly report: Report;
  readonly pack: TemplatePack;
  readonly fonts: PdfFonts;
  /** Add a table of contents after the cover block. */
  readonly toc?: boolean;
  /** Decoded source text the metrics' offsets point into, for quotes; optional. */
  readonly sourceText?: string;
  readonly preset?: Preset;
  /** Ids of metrics the user edited, for templates that mark them. */
  readonly editedMetricIds?: ReadonlySet<string>;
  /** Creation date written into the PDF; the same date gives the same bytes. Defaults to now. */
  readonly createdAt?: Date;
}

export async function writeSummaryPdf(input: SummaryInput): Promise<Uint8Array> {
  const { report, pack } = input;
  const markdown = summaryMarkdown(input);
  const organization = report.meta.organization ?? '';
  const right = [organization, report.meta.period ?? ''].filter((part) => part !== '').join(' · ');
  const { bytes } = await summaryPdfFromMarkdown({
    markdown,
    colors: packColors(pack),
    fonts: input.fonts,
    title: report.title,
    ...(report.meta.author || organization ? { author: report.meta.author ?? organization } : {}),
    header: { left: report.title, right: right || pack.manifest.name.zh },
    images: packImages(pack),
    ...(input.toc ? { tocTitle: TOC_TITLE } : {}),
    createdAt: input.createdAt ?? new Date(),
  });
  return bytes;
}

/** The summary's Markdown, as the pack's template writes it for this report (also what the app previews). */
export function summaryMarkdown(input: Omit<SummaryInput, 'fonts' | 'toc' | 'createdAt'>): string {
  const { pack } = input;
  if (!pack.texts.has(SUMMARY_TEXT)) {
    throw new InputError({
      file: `${pack.label}/text/${SUMMARY_TEXT}.hbs`,
      message: 'missing: this template pack has no PDF summary template',
      hint: 'Copy text/summary.md.hbs from a built-in pack (e.g. templates/gov-blue) and adapt it',
    });
  }
  const data = buildTemplateData({
    report: input.report,
    preset: input.preset ?? 'brief',
    template: { id: pack.id, name: pack.manifest.name },
    ...(input.sourceText === undefined ? {} : { sourceText: input.sourceText }),
    ...(input.editedMetricIds === undefined ? {} : { editedMetricIds: input.editedMetricIds }),
  });
  return renderPackText(pack, SUMMARY_TEXT, data);
}

export function packColors(pack: TemplatePack): MarkdownColors {
  const { primary, primaryDark, accent, text, muted, line, surface, onPrimary } = pack.manifest.colors;
  return { primary, primaryDark, accent, text, muted, line, surface, onPrimary };
}

/** The pack's own images, by the path the manifest gives them: the only images a summary may show. */
function packImages(pack: TemplatePack): ReadonlyMap<string, MarkdownImage> {
  const images = [pack.logo, pack.backgrounds.title, pack.backgrounds.content, pack.backgrounds.closing];
  return new Map(images.flatMap((image) => (image ? [[image.path, { data: image.data, mime: image.mime }] as const] : [])));
}
