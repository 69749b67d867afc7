/**
 * The PDF summary's page: A4 portrait, margins for binding and a running header from the second page on (the first
 * page carries the cover block), and `第 X 页 / 共 Y 页` centred in every footer. Header and footer are pdfmake's
 * own (never absolutely positioned content, which jumps to a new page inside the bottom margin).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { css, type MarkdownColors } from '../markdown/markdown-theme.js';
import { oneLine } from '../one-line.js';
import { BODY_LINE_HEIGHT, BODY_SIZE_PT, summaryStyles } from './summary-styles.js';

export const A4_WIDTH_PT = 595.28;
/** Left, top, right, bottom. */
export const SUMMARY_MARGINS = [56, 60, 56, 52] as const;
export const SUMMARY_CONTENT_WIDTH_PT = A4_WIDTH_PT - SUMMARY_MARGINS[0] - SUMMARY_MARGINS[2];

export interface RunningHeader {
  readonly left: string;
  readonly right: string;
}

export interface SummaryPageInput {
  readonly content: Content[];
  readonly colors: MarkdownColors;
  readonly header: RunningHeader;
}

const HEADER_MAX_CHARS = 34;

export function pageNumberText(page: number, pages: number): string {
  return `第 ${page} 页 / 共 ${pages} 页`;
}

export function summaryDocument(input: SummaryPageInput): Omit<TDocumentDefinitions, 'info'> {
  const [left, top, right, bottom] = SUMMARY_MARGINS;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [left, top, right, bottom],
    content: input.content,
    styles: summaryStyles(input.colors),
    defaultStyle: { fontSize: BODY_SIZE_PT, lineHeight: BODY_LINE_HEIGHT, color: css(input.colors.text) },
    header: (page) => (page === 1 ? null : runningHeader(input.header, input.colors)),
    footer: (page, pages) => ({ text: pageNumberText(page, pages), style: 'footer', alignment: 'center', margin: [0, 20, 0, 0] }),
  };
}

function runningHeader(header: RunningHeader, colors: MarkdownColors): Content {
  const [left, , right] = SUMMARY_MARGINS;
  return {
    stack: [
      {
        columns: [
          { text: oneLine(header.left, HEADER_MAX_CHARS), style: 'header', width: '*' },
          { text: oneLine(header.right, HEADER_MAX_CHARS), style: 'header', alignment: 'right', width: 'auto' },
        ],
        columnGap: 12,
      },
      { canvas: [{ type: 'line', x1: 0, y1: 3, x2: SUMMARY_CONTENT_WIDTH_PT, y2: 3, lineWidth: 0.5, lineColor: css(colors.line) }] },
    ],
    margin: [left, 26, right, 0],
  };
}
