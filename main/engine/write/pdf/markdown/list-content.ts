/**
 * Markdown lists → pdfmake lists. A tight item's text is inline runs; a loose item (blank lines between items) or
 * one holding a nested list is a stack of blocks, converted by the caller's block converter.
 */
import type { Token, Tokens } from 'marked';
import type { Content } from 'pdfmake/interfaces.js';
import { inlineRuns } from './inline-content.js';
import { css, type MarkdownColors } from './markdown-theme.js';

export function listContent(token: Tokens.List, toBlocks: (tokens: readonly Token[]) => Content[], colors: MarkdownColors): Content {
  const items = token.items.map((item) => listItem(item, toBlocks, colors));
  const common = { style: 'listItem', markerColor: css(colors.primary), margin: [0, 2, 0, 6] as [number, number, number, number] };
  if (token.ordered) return { ol: items, start: typeof token.start === 'number' ? token.start : 1, ...common };
  return { ul: items, ...common };
}

function listItem(item: Tokens.ListItem, toBlocks: (tokens: readonly Token[]) => Content[], colors: MarkdownColors): Content {
  const only = item.tokens.length === 1 ? item.tokens[0] : undefined;
  if (only?.type === 'text') return { text: inlineRuns((only as Tokens.Text).tokens ?? [only], colors), margin: [0, 1, 0, 1] };
  return { stack: toBlocks(item.tokens), margin: [0, 1, 0, 1] };
}
