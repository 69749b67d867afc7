/**
 * The PDF writers: the summary (A4, worded by the pack's text/summary.md.hbs) and the deck handout (the Deck drawn
 * page by page). Both embed the bundled Noto Sans SC (bytes passed in) and let pdfmake read no file and no URL.
 */
export { writeSummaryPdf, summaryMarkdown, SUMMARY_TEXT, type SummaryInput } from './summary/write-summary-pdf.js';
export { summaryPdfFromMarkdown, type SummaryMarkdownInput, type SummaryPdf } from './summary/summary-from-markdown.js';
export { writeHandoutPdf, type HandoutOptions } from './handout/write-handout-pdf.js';
export type { SlidesPerPage } from './handout/handout-geometry.js';
export type { PdfFonts } from './pdf-fonts.js';
