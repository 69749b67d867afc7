/** Text layout: real font metrics, Chinese line breaking and fitting text into boxes, for the planner. */
export { createFontMetrics, type FontMetrics, type AdvanceTable } from './font-metrics.js';
export { bundledFontMetrics } from './bundled-metrics.js';
export { textWidthPt } from './measure.js';
export { breakLines, breakPrepared, prepareText, type PreparedText } from './break-lines.js';
export { fitText, ELLIPSIS, type FitRequest, type FitResult } from './fit-text.js';
export { WIDTH_SAFETY, AUTOSPACE_EM, safeWidthPt, autospaceEm } from './safety.js';
export { mayNotEndLine, mayNotStartLine } from './line-break-rules.js';
export { BULLET_CHAR, BULLET_INDENT_EM, bulletIndentPt } from './bullets.js';
export { fitParagraphs, type ParagraphsFitRequest, type ParagraphsFitResult, type FittedParagraph } from './fit-paragraphs.js';
