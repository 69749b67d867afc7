/**
 * The Deck model: what every output draws. The planner builds it from report + selection + template pack;
 * the PPTX writer, the PDF handout and the app preview only draw it, so they always agree.
 *
 * Every element is positioned in inches on a slide of `deck.size`, and every text element is already sized and
 * broken into lines with the bundled CJK font's real metrics: writers never measure or wrap text themselves.
 */

/** Colours are 6-digit hex without '#', the way PPTX wants them. */
export type HexColor = string;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface TextRun {
  readonly text: string;
  /** Points. */
  readonly fontSize: number;
  readonly bold: boolean;
  readonly color: HexColor;
}

/** One visual line: its runs are laid end to end; writers must not wrap it again. */
export type TextLine = readonly TextRun[];

export interface TextParagraph {
  readonly lines: readonly TextLine[];
  readonly align: 'left' | 'center' | 'right';
  readonly bullet: boolean;
  /** Distance between baselines, in points. */
  readonly lineHeightPt: number;
  readonly spaceBeforePt: number;
}

/** What a text box is for: writers may style by role (e.g. PPTX placeholder-like names, PDF tags). */
export type TextRole = 'title' | 'subtitle' | 'heading' | 'body' | 'bullet' | 'kpi-value' | 'kpi-label' | 'kpi-change' | 'footer' | 'caption' | 'page-number';

export interface TextElement {
  readonly type: 'text';
  readonly id: string;
  readonly role: TextRole;
  readonly box: Box;
  readonly paragraphs: readonly TextParagraph[];
  readonly valign: 'top' | 'middle' | 'bottom';
  /** Inner padding the measurement assumed, in inches; writers must use the same. */
  readonly inset: number;
}

export interface ShapeElement {
  readonly type: 'shape';
  readonly id: string;
  readonly shape: 'rect' | 'roundRect' | 'ellipse' | 'line';
  readonly box: Box;
  readonly fill?: HexColor;
  readonly line?: { readonly color: HexColor; readonly widthPt: number };
  /** 0..1, for round rectangles. */
  readonly radius?: number;
}

export interface ImageElement {
  readonly type: 'image';
  readonly id: string;
  readonly box: Box;
  /** PNG or JPEG bytes; SVG is not allowed (pptxgenjs in Node draws it as a broken image). */
  readonly data: Uint8Array;
  readonly mime: 'image/png' | 'image/jpeg';
  readonly altText: string;
}

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
}

export interface ChartElement {
  readonly type: 'chart';
  readonly id: string;
  readonly box: Box;
  readonly chart: 'bar' | 'column';
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Unit of the values, shown on the axis, e.g. 万元. */
  readonly unit: string;
  readonly colors: readonly HexColor[];
  readonly fontSize: number;
  readonly textColor: HexColor;
  /** Written from the data, e.g. "柱状图：产值（万元）：中药材 120000；…". */
  readonly altText: string;
}

export type SlideElement = TextElement | ShapeElement | ImageElement | ChartElement;

/** The closed set of slide kinds; a writer switches on `kind` and the compiler checks it handled all. */
export type SlideKind = 'title' | 'overview' | 'pillar' | 'section' | 'outlook' | 'closing' | 'dashboard';

export interface Slide {
  readonly kind: SlideKind;
  /** Stable across re-plans of the same report (e.g. `pillar:p2`, `pillar:p2:2` for a continuation). */
  readonly id: string;
  /** The report pillar or section this slide shows, when it shows one. */
  readonly sourceId?: string;
  readonly background: HexColor;
  readonly elements: readonly SlideElement[];
  /** Speaker notes: plain text, quoting the source sentence of every number on the slide. */
  readonly notes: string;
}

export interface DeckFonts {
  /** Face names written into the PPTX (fonts are not embedded there). */
  readonly latin: string;
  readonly eastAsian: string;
}

/**
 * The pack's palette, which no element draws: the PPTX keeps it as its theme, so what people add later in
 * PowerPoint or WPS (a slide, a shape, a chart) comes in the pack's colours instead of Office's blue and orange.
 */
export interface DeckTheme {
  /** The pack's name, e.g. 政务蓝: PowerPoint shows it as the theme's and its colour scheme's name. */
  readonly name: string;
  readonly colors: {
    readonly primary: HexColor;
    readonly primaryDark: HexColor;
    readonly accent: HexColor;
    readonly background: HexColor;
    readonly surface: HexColor;
    readonly text: HexColor;
    readonly muted: HexColor;
    /** The pack's chart series colours, in order (at least one). */
    readonly chart: readonly HexColor[];
  };
}

export interface Deck {
  readonly title: string;
  readonly author: string;
  readonly lang: 'zh-CN' | 'en-US';
  /** Inches, e.g. 13.333 × 7.5 for 16:9. */
  readonly size: { readonly w: number; readonly h: number };
  readonly fonts: DeckFonts;
  readonly templateId: string;
  /** Set by the planner from the pack; a Deck made by hand may leave it out (its PPTX keeps Office's colours). */
  readonly theme?: DeckTheme;
  readonly slides: readonly Slide[];
}
