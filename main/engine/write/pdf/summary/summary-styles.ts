/**
 * The summary's type scale and colours. Sizes follow the Chinese document sizes readers know from official
 * material (二号 22 pt title, 小三 15 pt parts, 小四 12 pt sub-parts, 五号 10.5 pt body); colours come from the
 * pack's theme so the PDF matches the deck. Every style uses the one embedded family, regular or bold.
 */
import type { Style, StyleDictionary } from 'pdfmake/interfaces.js';
import { css, type MarkdownColors, type MarkdownStyleName } from '../markdown/markdown-theme.js';

export const BODY_SIZE_PT = 10.5;
export const BODY_LINE_HEIGHT = 1.12;

export type SummaryStyleName = MarkdownStyleName | 'tocEntry' | 'header' | 'footer';

export function summaryStyles(colors: MarkdownColors): StyleDictionary {
  const styles = {
    coverTitle: { fontSize: 22, bold: true, color: css(colors.primaryDark), alignment: 'center', lineHeight: 1.05, margin: [0, 6, 0, 8] },
    coverLine: { fontSize: 11, color: css(colors.muted), alignment: 'center', lineHeight: 1.05, margin: [0, 1, 0, 1] },
    h2: { fontSize: 15, bold: true, color: css(colors.primary), lineHeight: 1.05, margin: [0, 12, 0, 5] },
    h3: { fontSize: 12, bold: true, color: css(colors.primaryDark), lineHeight: 1.05, margin: [0, 8, 0, 3] },
    h4: { fontSize: BODY_SIZE_PT, bold: true, color: css(colors.text), margin: [0, 6, 0, 2] },
    paragraph: { fontSize: BODY_SIZE_PT, color: css(colors.text), lineHeight: BODY_LINE_HEIGHT, alignment: 'justify', margin: [0, 0, 0, 6] },
    listItem: { fontSize: BODY_SIZE_PT, color: css(colors.text), lineHeight: BODY_LINE_HEIGHT, alignment: 'justify' },
    tableHeader: { fontSize: 9.5, bold: true, color: css(colors.onPrimary) },
    tableCell: { fontSize: 9.5, color: css(colors.text), lineHeight: 1.02 },
    quote: { fontSize: BODY_SIZE_PT, color: css(colors.muted), lineHeight: BODY_LINE_HEIGHT },
    code: { fontSize: 9.5, color: css(colors.text) },
    tocEntry: { fontSize: 11, color: css(colors.text) },
    header: { fontSize: 8.5, color: css(colors.muted) },
    footer: { fontSize: 9, color: css(colors.muted) },
  } satisfies Record<SummaryStyleName, Style>;
  return styles;
}
