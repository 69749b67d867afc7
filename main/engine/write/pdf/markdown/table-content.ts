/**
 * A GFM table → a pdfmake table in the pack's colours: a header row on the primary colour, light banding, hairlines
 * between rows and none between columns (the look of a statistics table in a Chinese report). The first column (what
 * a row is about: 指标, 项目) takes the remaining width, so tables of one document line up; the others are as wide
 * as their content. Rows never split across pages, and
 * the header row repeats on the next page when a long table breaks.
 */
import type { Tokens } from 'marked';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { inlineRuns } from './inline-content.js';
import { css, type MarkdownColors } from './markdown-theme.js';

export function tableContent(token: Tokens.Table, colors: MarkdownColors): Content {
  const header = token.header.map((cell): TableCell => ({ text: inlineRuns(cell.tokens, colors), style: 'tableHeader', alignment: cell.align ?? 'left' }));
  const rows = token.rows.map((row) => row.map((cell): TableCell => ({ text: inlineRuns(cell.tokens, colors), style: 'tableCell', alignment: cell.align ?? 'left' })));
  const bodyRows = rows.length;
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: columnWidths(token), body: [header, ...rows] },
    layout: {
      fillColor: (row: number) => (row === 0 ? css(colors.primary) : row % 2 === 0 ? css(colors.surface) : null),
      hLineWidth: (line: number) => (line === 0 || line === 1 ? 0 : line === bodyRows + 1 ? 0.8 : 0.4),
      hLineColor: (line: number) => (line === bodyRows + 1 ? css(colors.primary) : css(colors.line)),
      vLineWidth: () => 0,
      paddingLeft: () => 6,
      paddingRight: () => 6,
      paddingTop: () => 3.5,
      paddingBottom: () => 3.5,
    },
    margin: [0, 4, 0, 8],
  };
}

/** '*' for the first column, 'auto' for the rest: long labels wrap, numbers never do. */
function columnWidths(token: Tokens.Table): ('*' | 'auto')[] {
  return token.header.map((_, column) => (column === 0 ? '*' : 'auto'));
}
