/**
 * Markdown lists → a column of markers beside a column of text, with the text broken for the width left after the
 * marker (pdfmake's own lists would re-wrap the lines). A tight item's text is one block; a loose item (blank lines
 * between items) or one holding a nested list is a stack of blocks, converted by the caller's block converter.
 */
import type { Token, Tokens } from 'marked';
import type { Content } from 'pdfmake/interfaces.js';
import { textBlock, type BlockContext } from './block-context.js';
import { inlineRuns } from './inline-content.js';
import { css } from './markdown-theme.js';

type Blocks = (tokens: readonly Token[], ctx: BlockContext) => Content[];

export function listContent(token: Tokens.List, ctx: BlockContext, toBlocks: Blocks): Content {
  const { theme } = ctx.state.options;
  const size = theme.text.listItem.fontSize;
  const start = typeof token.start === 'number' ? token.start : 1;
  const markers = token.items.map((_, index) => (token.ordered ? `${start + index}.` : '•'));
  const markerWidth = Math.max(...markers.map((marker) => theme.measure.width(marker, size, false))) + size * 0.6;
  const inner: BlockContext = { ...ctx, width: ctx.width - markerWidth };
  const items = token.items.map((item, index): Content => ({
    columns: [
      { width: markerWidth, text: markers[index] ?? '•', style: 'listMarker', color: css(theme.colors.primary) },
      { width: '*', stack: itemBlocks(item, inner, toBlocks) },
    ],
    columnGap: 0,
    margin: [0, 1, 0, 1],
  }));
  return { stack: items, margin: [0, 2, 0, 6] };
}

function itemBlocks(item: Tokens.ListItem, ctx: BlockContext, toBlocks: Blocks): Content[] {
  const only = item.tokens.length === 1 ? item.tokens[0] : undefined;
  if (only?.type === 'text') return [textBlock(inlineRuns((only as Tokens.Text).tokens ?? [only], ctx.state.options.theme.colors), 'listItem', ctx)];
  return toBlocks(item.tokens, ctx);
}
