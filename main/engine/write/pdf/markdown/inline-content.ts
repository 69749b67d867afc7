/**
 * Inline Markdown (marked's inline tokens) → pdfmake text runs. Bold is the bold face; emphasis is colour, since
 * Chinese type has no italic (slanted ideographs read as a mistake); code is shaded; links stay clickable but are
 * never fetched. HTML is shown as the text it is: a summary template cannot inject markup.
 */
import type { MarkedToken, Token } from 'marked';
import type { ContentText } from 'pdfmake/interfaces.js';
import { decodeEntities } from './decode-entities.js';
import { css, type MarkdownColors } from './markdown-theme.js';

export type Run = string | ContentText;

interface RunStyle {
  readonly bold?: boolean;
  readonly color?: string;
  readonly decoration?: 'lineThrough';
  readonly background?: string;
  readonly link?: string;
}

export function inlineRuns(tokens: readonly Token[] | undefined, colors: MarkdownColors, style: RunStyle = {}): Run[] {
  return (tokens ?? []).flatMap((token) => tokenRuns(token as MarkedToken, colors, style));
}

function tokenRuns(token: MarkedToken, colors: MarkdownColors, style: RunStyle): Run[] {
  switch (token.type) {
    case 'text':
      return token.tokens ? inlineRuns(token.tokens, colors, style) : [styled(decodeEntities(token.text), style)];
    case 'escape':
      return [styled(token.text, style)];
    case 'strong':
      return inlineRuns(token.tokens, colors, { ...style, bold: true });
    case 'em':
      return inlineRuns(token.tokens, colors, { ...style, color: css(colors.primary) });
    case 'del':
      return inlineRuns(token.tokens, colors, { ...style, decoration: 'lineThrough' });
    case 'codespan':
      return [styled(decodeEntities(token.text), { ...style, background: css(colors.surface) })];
    case 'link':
      return inlineRuns(token.tokens, colors, { ...style, color: css(colors.primary), link: token.href });
    case 'image':
      // Images inside a sentence cannot be placed by pdfmake; their description keeps the sentence whole.
      return token.text ? [styled(decodeEntities(token.text), style)] : [];
    case 'br':
      return [styled('\n', style)];
    case 'html':
      return [styled(token.raw, style)];
    case 'checkbox':
      return [styled(token.checked ? '☑ ' : '☐ ', style)];
    default:
      // Block tokens never occur inline; a future marked token type is shown as its source text.
      return 'raw' in token && typeof token.raw === 'string' ? [styled(token.raw, style)] : [];
  }
}

function styled(text: string, style: RunStyle): Run {
  if (Object.keys(style).length === 0) return text;
  return { text, ...style };
}

/** The plain text of inline tokens, for bookmarks and the table of contents. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : typeof run.text === 'string' ? run.text : plainText(run.text as Run[]))).join('');
}
