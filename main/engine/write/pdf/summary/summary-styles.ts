/**
 * The summary's type scale and colours. Sizes follow the Chinese document sizes readers know from official
 * material (二号 22 pt title, 小三 15 pt parts, 小四 12 pt sub-parts, 五号 10.5 pt body); colours come from the
 * pack's theme so the PDF matches the deck. Every style uses the one embedded family, regular or bold.
 *
 * One table gives both what pdfmake styles (colour, line height, margins) and what the line breaker needs (size,
 * weight, alignment), so the two cannot disagree.
 */
import type { Style, StyleDictionary } from 'pdfmake/interfaces.js';
import type { FlowStyle } from '../flow/flow-text.js';
import { css, type MarkdownColors, type MarkdownStyleName, type TextStyleName } from '../markdown/markdown-theme.js';

export const BODY_SIZE_PT = 10.5;
export const BODY_LINE_HEIGHT = 1.12;

type Spec = FlowStyle & { readonly color: keyof MarkdownColors; readonly lineHeight?: number; readonly margin?: readonly [number, number, number, number] };
export type SummaryStyleName = MarkdownStyleName | 'tocEntry' | 'header' | 'footer';

const SPECS: Readonly<Record<SummaryStyleName, Spec>> = {
  coverTitle: { fontSize: 22, bold: true, color: 'primaryDark', align: 'center', lineHeight: 1.05, margin: [0, 6, 0, 8] },
  coverLine: { fontSize: 11, color: 'muted', align: 'center', lineHeight: 1.05, margin: [0, 1, 0, 1] },
  h2: { fontSize: 15, bold: true, color: 'primary', align: 'left', lineHeight: 1.05, margin: [0, 12, 0, 5] },
  h3: { fontSize: 12, bold: true, color: 'primaryDark', align: 'left', lineHeight: 1.05, margin: [0, 8, 0, 3] },
  h4: { fontSize: BODY_SIZE_PT, bold: true, color: 'text', align: 'left', margin: [0, 6, 0, 2] },
  paragraph: { fontSize: BODY_SIZE_PT, color: 'text', align: 'justify', lineHeight: BODY_LINE_HEIGHT, margin: [0, 0, 0, 6] },
  listItem: { fontSize: BODY_SIZE_PT, color: 'text', align: 'justify', lineHeight: BODY_LINE_HEIGHT },
  listMarker: { fontSize: BODY_SIZE_PT, color: 'primary', align: 'left', lineHeight: BODY_LINE_HEIGHT },
  tableHeader: { fontSize: 9.5, bold: true, color: 'onPrimary', align: 'left', lineHeight: 1.02 },
  tableCell: { fontSize: 9.5, color: 'text', align: 'left', lineHeight: 1.02 },
  quote: { fontSize: BODY_SIZE_PT, color: 'muted', align: 'justify', lineHeight: BODY_LINE_HEIGHT },
  code: { fontSize: 9.5, color: 'text', align: 'left' },
  tocEntry: { fontSize: 11, color: 'text', align: 'left' },
  header: { fontSize: 8.5, color: 'muted', align: 'left' },
  footer: { fontSize: 9, color: 'muted', align: 'center' },
};

/** pdfmake's style dictionary: colours, sizes, line heights and margins by style name. */
export function summaryStyles(colors: MarkdownColors): StyleDictionary {
  const entries = Object.entries(SPECS).map(([name, spec]): [string, Style] => [
    name,
    {
      fontSize: spec.fontSize,
      bold: spec.bold ?? false,
      color: css(colors[spec.color]),
      ...(spec.lineHeight === undefined ? {} : { lineHeight: spec.lineHeight }),
      ...(spec.margin === undefined ? {} : { margin: [...spec.margin] as [number, number, number, number] }),
    },
  ]);
  return Object.fromEntries(entries);
}

/** What the line breaker needs of each text style. */
export function summaryTextStyles(): Readonly<Record<TextStyleName, FlowStyle>> {
  const { listMarker: _marker, tocEntry: _toc, header: _header, footer: _footer, ...text } = SPECS;
  return text;
}
