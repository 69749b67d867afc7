/**
 * A GFM table → a pdfmake table in the pack's colours: a header row on the primary colour, light banding, hairlines
 * between rows and none between columns (the look of a statistics table in a Chinese report). Columns after the
 * first are as wide as their widest cell (numbers never wrap); the first column (what a row is about: 指标, 项目)
 * takes the rest and wraps. Rows never split across pages, and the header row repeats when a long table breaks.
 */
import type { Tokens } from 'marked';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { runsWidth } from '../flow/flow-text.js';
import { flattenRuns } from '../flow/styled-run.js';
import { textBlock, type BlockContext } from './block-context.js';
import { inlineRuns, type Run } from './inline-content.js';
import { css } from './markdown-theme.js';

const PADDING = 6;
/** The first column keeps at least this share of the table when the others are wide. */
const FIRST_COLUMN_SHARE = 0.3;

export function tableContent(token: Tokens.Table, ctx: BlockContext): Content {
  const { colors } = ctx.state.options.theme;
  const header = token.header.map((cell) => inlineRuns(cell.tokens, colors));
  const rows = token.rows.map((row) => row.map((cell) => inlineRuns(cell.tokens, colors)));
  const widths = columnWidths(header, rows, ctx);
  const cell = (runs: Run[], column: number, style: 'tableHeader' | 'tableCell'): TableCell => {
    const align = token.align[column] ?? 'left';
    const block = textBlock(runs, style, { ...ctx, width: widths[column] ?? 0 }) as { stack: Content[] };
    return { stack: block.stack.map((line) => ({ ...(line as object), alignment: align })), style } as TableCell;
  };
  const bodyRows = rows.length;
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [header.map((runs, column) => cell(runs, column, 'tableHeader')), ...rows.map((row) => row.map((runs, column) => cell(runs, column, 'tableCell')))],
    },
    layout: {
      fillColor: (row: number) => (row === 0 ? css(colors.primary) : row % 2 === 0 ? css(colors.surface) : null),
      hLineWidth: (line: number) => (line === 0 || line === 1 ? 0 : line === bodyRows + 1 ? 0.8 : 0.4),
      hLineColor: (line: number) => (line === bodyRows + 1 ? css(colors.primary) : css(colors.line)),
      vLineWidth: () => 0,
      paddingLeft: () => PADDING,
      paddingRight: () => PADDING,
      paddingTop: () => 3.5,
      paddingBottom: () => 3.5,
    },
    margin: [0, 4, 0, 8],
  };
}

/** Content widths (pdfmake adds the padding): natural widths for the later columns, the rest for the first. */
function columnWidths(header: Run[][], rows: Run[][][], ctx: BlockContext): number[] {
  const { text, measure } = ctx.state.options.theme;
  const room = ctx.width - 2 * PADDING * header.length;
  const natural = header.map((runs, column) =>
    Math.max(runsWidth(flattenRuns(runs), text.tableHeader, measure), ...rows.map((row) => runsWidth(flattenRuns(row[column] ?? []), text.tableCell, measure))),
  );
  const others = natural.slice(1).reduce((sum, width) => sum + width, 0);
  const first = room - others;
  if (first >= room * FIRST_COLUMN_SHARE || natural.length === 1) return [Math.max(first, 1), ...natural.slice(1)];
  // Too wide to fit as they are: the first column keeps its share, the others share the rest by their widths.
  const scale = (room * (1 - FIRST_COLUMN_SHARE)) / others;
  return [room * FIRST_COLUMN_SHARE, ...natural.slice(1).map((width) => width * scale)];
}
