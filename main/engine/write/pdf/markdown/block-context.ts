/**
 * What a block conversion knows: the document's state (bookmarks so far, the current part, the cover block) and the
 * width the block may use; and the one way text becomes content, line by line (flow/flow-text.ts).
 */
import type { Content, ContentText } from 'pdfmake/interfaces.js';
import { flowLines } from '../flow/flow-text.js';
import { flattenRuns } from '../flow/styled-run.js';
import type { Run } from './inline-content.js';
import type { MarkdownTheme, TextStyleName } from './markdown-theme.js';

/** What was bookmarked, in order, for callers that report or test the outline. */
export interface OutlineEntry {
  readonly level: 2 | 3;
  readonly text: string;
}

export interface State {
  readonly options: { readonly theme: MarkdownTheme; readonly tocTitle?: string };
  readonly outline: OutlineEntry[];
  part: string | undefined;
  inCover: boolean;
  tocPlaced: boolean;
}

/** The state of the document plus the width the current block may use. */
export interface BlockContext {
  readonly state: State;
  readonly width: number;
}

/** Runs set in a style at the context's width: a stack of unbreakable lines carrying the style's colour and spacing. */
export function textBlock(runs: readonly Run[], style: TextStyleName, ctx: BlockContext, firstLine: Partial<ContentText> = {}): Content {
  const { text, measure } = ctx.state.options.theme;
  const lines = flowLines(flattenRuns(runs), text[style], ctx.width, measure);
  const [first, ...rest] = lines;
  return { stack: [{ ...(first as ContentText), ...firstLine } as ContentText, ...rest], style };
}

