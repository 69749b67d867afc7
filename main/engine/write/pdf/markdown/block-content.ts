/**
 * Summary Markdown → pdfmake content, with marked's lexer (GFM). The conventions a template author relies on:
 *
 *   # Title          opens the cover block: the title, then the paragraphs right after it (subtitle, organisation,
 *                    period, date), centred; a rule in the accent colour closes it (and the table of contents follows
 *                    when one is asked for).
 *   ## Heading       a part of the summary (执行摘要, each pillar, 展望): a PDF bookmark and a table-of-contents entry.
 *   ### Heading      a sub-part, bookmarked under its part.
 *   paragraphs, - lists, 1. lists, GFM tables, > quotes, --- rules, `code`, **bold**, *emphasis*.
 *   ![说明](assets/logo.png)   an image of the template pack, on a line of its own.
 *
 * Text is broken into lines here (flow/), for the width each block gets: the page's, a list item's, a table column's.
 */
import { marked, type MarkedToken, type Token, type Tokens } from 'marked';
import type { Content, ContentText } from 'pdfmake/interfaces.js';
import { InputError } from '../../../errors.js';
import { dataUrl } from '../data-url.js';
import { decodeEntities } from './decode-entities.js';
import { inlineRuns, plainText } from './inline-content.js';
import { listContent } from './list-content.js';
import { textBlock, type BlockContext, type OutlineEntry, type State } from './block-context.js';
import { css, type MarkdownTheme } from './markdown-theme.js';
import { tableContent } from './table-content.js';

export interface MarkdownOptions {
  readonly theme: MarkdownTheme;
  /** Title of a table of contents placed after the cover block; none when undefined. */
  readonly tocTitle?: string;
}

export type { OutlineEntry };

export interface MarkdownContent {
  readonly content: Content[];
  readonly outline: OutlineEntry[];
}

export function markdownToContent(markdown: string, options: MarkdownOptions): MarkdownContent {
  const state: State = { options, outline: [], part: undefined, inCover: false, tocPlaced: false };
  const tokens = marked.lexer(markdown, { gfm: true });
  const content = blocks(tokens, { state, width: options.theme.contentWidthPt });
  if (state.inCover) content.push(...closeCover(state));
  if (options.tocTitle !== undefined && !state.tocPlaced) content.unshift(tableOfContents(options.tocTitle));
  return { content, outline: state.outline };
}

/** Blocks up to this much source text move with their heading to the next page rather than leave it stranded. */
const KEEP_WITH_HEADING_CHARS = 900;

/**
 * Block tokens → content; used again for list items and quotes, which hold blocks of their own. Headings are kept
 * on the page of what follows them: a run of headings and the next block, when that block is small, form one
 * unbreakable stack (cheaper than pdfmake's pageBreakBefore, which lays the whole document out again per break).
 */
export function blocks(tokens: readonly Token[], ctx: BlockContext): Content[] {
  const out: Content[] = [];
  let pending: Content[] = [];
  for (const token of tokens as readonly MarkedToken[]) {
    if (ctx.state.inCover && !(token.type === 'paragraph' || token.type === 'space')) out.push(...closeCover(ctx.state));
    const converted = block(token, ctx);
    if (token.type === 'heading' && token.depth > 1) {
      pending.push(...converted);
    } else if (pending.length > 0 && converted.length > 0) {
      const [first, ...rest] = converted;
      out.push(...(token.raw.length <= KEEP_WITH_HEADING_CHARS ? [{ stack: [...pending, first as Content], unbreakable: true }] : [...pending, first as Content]), ...rest);
      pending = [];
    } else {
      out.push(...converted);
    }
  }
  return [...out, ...pending];
}

function block(token: MarkedToken, ctx: BlockContext): Content[] {
  const { colors } = ctx.state.options.theme;
  switch (token.type) {
    case 'heading':
      return [heading(token, ctx)];
    case 'paragraph':
      return paragraph(token, ctx);
    case 'text':
      return [textBlock(inlineRuns(token.tokens ?? [{ type: 'text', raw: token.raw, text: token.text }], colors), 'paragraph', ctx)];
    case 'list':
      return [listContent(token, ctx, blocks)];
    case 'table':
      return [tableContent(token, ctx)];
    case 'blockquote':
      return [quote((inner) => blocks(token.tokens, inner), ctx)];
    case 'hr':
      return [rule(ctx.width, css(colors.line), 0.6)];
    case 'code':
      return [quote((inner) => [textBlock([decodeEntities(token.text)], 'code', inner)], ctx)];
    case 'html':
      return token.raw.trim() ? [textBlock([token.raw.trim()], 'paragraph', ctx)] : [];
    case 'space':
    case 'def':
      return [];
    default:
      return 'raw' in token && typeof token.raw === 'string' && token.raw.trim() ? [textBlock([token.raw.trim()], 'paragraph', ctx)] : [];
  }
}

function heading(token: Tokens.Heading, ctx: BlockContext): Content {
  const { state } = ctx;
  const runs = inlineRuns(token.tokens, state.options.theme.colors);
  const text = plainText(runs).trim();
  if (token.depth === 1) {
    state.inCover = true;
    return textBlock(runs, 'coverTitle', ctx);
  }
  if (token.depth === 2) {
    const id = `part-${state.outline.length + 1}`;
    state.part = id;
    state.outline.push({ level: 2, text });
    return textBlock(runs, 'h2', ctx, anchor(id, text, undefined, state.options.tocTitle !== undefined));
  }
  if (token.depth === 3) {
    state.outline.push({ level: 3, text });
    return textBlock(runs, 'h3', ctx, anchor(`part-${state.outline.length}`, text, state.part, false));
  }
  return textBlock(runs, 'h4', ctx);
}

/**
 * A bookmark on a heading's first line. pdfmake takes `id` (needed for nested bookmarks) and `tocItem` on any text
 * node; its typings allow them only on nodes whose text is a plain string, hence the widening.
 */
function anchor(id: string, text: string, parent: string | undefined, tocItem: boolean): Partial<ContentText> {
  return { id, outline: true, outlineText: text, headlineLevel: parent === undefined ? 2 : 3, ...(parent === undefined ? {} : { outlineParentId: parent }), ...(tocItem ? { tocItem: true } : {}) } as Partial<ContentText>;
}

function paragraph(token: Tokens.Paragraph, ctx: BlockContext): Content[] {
  const images = token.tokens.filter((t) => t.type !== 'text' || t.raw.trim() !== '');
  if (images.length > 0 && images.every((t) => t.type === 'image')) return images.map((t) => image(t as Tokens.Image, ctx));
  const runs = inlineRuns(token.tokens, ctx.state.options.theme.colors);
  return [textBlock(runs, ctx.state.inCover ? 'coverLine' : 'paragraph', ctx)];
}

/** Only the pack's own images can appear: a URL or a path outside the pack is a template error, never a fetch. */
function image(token: Tokens.Image, ctx: BlockContext): Content {
  const found = ctx.state.options.theme.images.get(token.href);
  if (!found) {
    throw new InputError({
      message: `the summary template shows an image that is not in the template pack: "${token.href}"`,
      hint: 'Put the image in the pack (e.g. assets/logo.png, named in template.json) and refer to it by that path; images are never downloaded',
    });
  }
  return { image: dataUrl(found.mime, found.data), fit: [ctx.width, 160], alignment: 'center', margin: [0, 4, 0, 8] };
}

const QUOTE_PADDING = { left: 10, right: 8, rule: 2.5 };

function quote(inner: (ctx: BlockContext) => Content[], ctx: BlockContext): Content {
  const { colors } = ctx.state.options.theme;
  const width = ctx.width - QUOTE_PADDING.left - QUOTE_PADDING.right - QUOTE_PADDING.rule;
  return {
    table: { widths: [width], body: [[{ stack: inner({ ...ctx, width }), style: 'quote' }]] },
    layout: {
      fillColor: () => css(colors.surface),
      hLineWidth: () => 0,
      vLineWidth: (line: number) => (line === 0 ? QUOTE_PADDING.rule : 0),
      vLineColor: () => css(colors.accent),
      paddingLeft: () => QUOTE_PADDING.left,
      paddingRight: () => QUOTE_PADDING.right,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
    margin: [0, 4, 0, 8],
  };
}

function closeCover(state: State): Content[] {
  state.inCover = false;
  const { theme, tocTitle } = state.options;
  const out: Content[] = [rule(theme.contentWidthPt, css(theme.colors.accent), 1.5, [0, 8, 0, 14])];
  if (tocTitle !== undefined && !state.tocPlaced) {
    state.tocPlaced = true;
    out.push(tableOfContents(tocTitle));
  }
  return out;
}

function tableOfContents(title: string): Content {
  return { toc: { title: { text: title, style: 'h2' }, textStyle: 'tocEntry', numberStyle: 'tocEntry', textMargin: [0, 2, 0, 2] }, margin: [0, 0, 0, 10] };
}

function rule(width: number, color: string, lineWidth: number, margin: [number, number, number, number] = [0, 6, 0, 10]): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth, lineColor: color }], margin };
}
