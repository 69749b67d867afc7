/**
 * What the Markdown converter needs from a template pack's theme: colours (6 hex digits, no '#', as the Deck model
 * and the pack manifest write them) and the pack's images that Markdown may show (`![校徽](assets/logo.png)`).
 * Style names the converter gives its nodes are defined by the document that uses it (summary/summary-styles.ts).
 */

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
  /** Images by their path in the pack; no other image can appear (URLs are never fetched). */
  readonly images: ReadonlyMap<string, MarkdownImage>;
  /** Usable width of the page, in points: images and rules are sized to it. */
  readonly contentWidthPt: number;
}

/** "1F4E99" → "#1F4E99", the form pdfmake takes. */
export const css = (hex: string): string => (hex.startsWith('#') ? hex : `#${hex}`);

/** Style names the converter uses; the document's style dictionary must define each. */
export const MARKDOWN_STYLES = ['coverTitle', 'coverLine', 'h2', 'h3', 'h4', 'paragraph', 'listItem', 'tableHeader', 'tableCell', 'quote', 'code'] as const;
export type MarkdownStyleName = (typeof MARKDOWN_STYLES)[number];
