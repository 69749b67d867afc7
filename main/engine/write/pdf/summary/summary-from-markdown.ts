/**
 * Summary Markdown (the rendered `text/summary.md.hbs`) → PDF bytes. Separate from the template step so a caller
 * holding Markdown (the app's preview, tests) renders it the same way.
 */
import { InputError } from '../../../errors.js';
import { markdownToContent, type OutlineEntry } from '../markdown/block-content.js';
import type { MarkdownColors, MarkdownImage } from '../markdown/markdown-theme.js';
import type { PdfFonts } from '../pdf-fonts.js';
import { renderPdf } from '../render-pdf.js';
import { textMetrics } from '../text-metrics.js';
import { summaryTextStyles } from './summary-styles.js';
import { SUMMARY_CONTENT_WIDTH_PT, summaryDocument, type RunningHeader } from './summary-document.js';

export interface SummaryMarkdownInput {
  readonly markdown: string;
  readonly colors: MarkdownColors;
  readonly fonts: PdfFonts;
  /** Document title (PDF metadata and the window title of viewers). */
  readonly title: string;
  readonly author?: string;
  readonly header: RunningHeader;
  /** Pack images the Markdown may show, by their path in the pack. */
  readonly images?: ReadonlyMap<string, MarkdownImage>;
  /** Title of a table of contents after the cover block (e.g. "目录"); none when missing. */
  readonly tocTitle?: string;
  readonly createdAt: Date;
}

export interface SummaryPdf {
  readonly bytes: Uint8Array;
  /** The bookmarks written, in order. */
  readonly outline: readonly OutlineEntry[];
}

export async function summaryPdfFromMarkdown(input: SummaryMarkdownInput): Promise<SummaryPdf> {
  if (input.markdown.trim() === '') {
    throw new InputError({ message: 'the summary template produced no text', hint: 'Check text/summary.md.hbs of the template pack' });
  }
  const measure = textMetrics();
  const theme = { colors: input.colors, text: summaryTextStyles(), measure, images: input.images ?? new Map<string, MarkdownImage>(), contentWidthPt: SUMMARY_CONTENT_WIDTH_PT };
  const { content, outline } = markdownToContent(input.markdown, { theme, ...(input.tocTitle === undefined ? {} : { tocTitle: input.tocTitle }) });
  const definition = summaryDocument({ content, colors: input.colors, header: input.header });
  const bytes = await renderPdf(definition, input.fonts, {
    title: input.title,
    ...(input.author ? { author: input.author } : {}),
    subject: '汇报摘要',
    keywords: outline.filter((entry) => entry.level === 2).map((entry) => entry.text).join('; '),
    createdAt: input.createdAt,
  });
  return { bytes, outline };
}
