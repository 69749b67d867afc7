/**
 * What the Markdown converter needs from the document it fills: the pack's colours (6 hex digits, no '#', as the
 * Deck model and the pack manifest write them), the pack's images that Markdown may show (`![校徽](assets/logo.png)`),
 * and how text is set — sizes and alignment per style, and the font's measurements — since the converter breaks
 * lines itself (flow/flow-text.ts). Colours, line heights and margins of the style names are the document's
 * (summary/summary-styles.ts).
 */
import type { FlowMeasure, FlowStyle } from '../flow/flow-text.js';


export interface MarkdownColors {
  readonly primary: string;
  readonly primaryDark: string;
  readonly accent: string;
  readonly text: string;
  readonly muted: string;
  readonly line: string;
  readonly surface: string;
  readonly onPrimary: string;
}

export interface MarkdownImage {
  readonly data: Uint8Array;
  readonly mime: 'image/png' | 'image/jpeg';
}

export interface MarkdownTheme {
  readonly colors: MarkdownColors;
  /** Size, weight and alignment of every text style, for breaking lines. */
  readonly text: Readonly<Record<TextStyleName, FlowStyle>>;
  readonly measure: FlowMeasure;
  /** Images by their path in the pack; no other image can appear (URLs are never fetched). */
  readonly images: ReadonlyMap<string, MarkdownImage>;
  /** Usable width of the page, in points: images and rules are sized to it. */
  readonly contentWidthPt: number;
}

/** "1F4E99" → "#1F4E99", the form pdfmake takes. */
export const css = (hex: string): string => (hex.startsWith('#') ? hex : `#${hex}`);

/** Style names the converter uses; the document's style dictionary must define each. */
export const MARKDOWN_STYLES = ['coverTitle', 'coverLine', 'h2', 'h3', 'h4', 'paragraph', 'listItem', 'listMarker', 'tableHeader', 'tableCell', 'quote', 'code'] as const;
export type MarkdownStyleName = (typeof MARKDOWN_STYLES)[number];
/** The styles whose text the converter sets line by line. */
export type TextStyleName = Exclude<MarkdownStyleName, 'listMarker'>;
