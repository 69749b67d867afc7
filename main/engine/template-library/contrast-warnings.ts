/**
 * Text that may be hard to read: every text style of the pack against the fill it is drawn on, checked against
 * WCAG 2.x level AA — 4.5:1, or 3:1 for large text (at least 18 pt, or 14 pt bold). Text may shrink to its minSize
 * to fit, so the smallest size it can take decides whether it counts as large. These are warnings for the editor
 * and `huibao templates check`, not errors: a pack author may knowingly choose a faint footer.
 */
import { COLOR_NAMES, type ColorName, type ColorRef, type TemplateManifest, type TextStyle } from '../template/manifest-schema.js';
import { contrastRatio } from './color-math.js';

export const AA_NORMAL = 4.5;
export const AA_LARGE = 3;

export interface ContrastWarning {
  /** The manifest field of the text style, e.g. "slides.title.subtitle.style". */
  readonly where: string;
  readonly foreground: string;
  readonly background: string;
  /** Rounded to two decimals. */
  readonly ratio: number;
  readonly required: number;
  readonly message: string;
}

interface Pair {
  readonly where: string;
  readonly style: Pick<TextStyle, 'size' | 'minSize' | 'bold'>;
  readonly color: ColorRef;
  readonly on: ColorRef;
  readonly onWhat: string;
  readonly image?: boolean;
}

export function resolveColor(manifest: Pick<TemplateManifest, 'colors'>, ref: ColorRef): string {
  return (COLOR_NAMES as readonly string[]).includes(ref) ? manifest.colors[ref as ColorName] : ref;
}

export function isLargeText(style: Pick<TextStyle, 'size' | 'minSize' | 'bold'>): boolean {
  const smallest = style.minSize ?? style.size;
  return smallest >= 18 || (style.bold && smallest >= 14);
}

export function packContrastWarnings(manifest: TemplateManifest): ContrastWarning[] {
  return textPairs(manifest).flatMap((pair) => {
    const foreground = resolveColor(manifest, pair.color);
    const background = resolveColor(manifest, pair.on);
    const ratio = contrastRatio(foreground, background);
    const required = isLargeText(pair.style) ? AA_LARGE : AA_NORMAL;
    if (ratio >= required) return [];
    const rounded = Math.round(ratio * 100) / 100;
    const image = pair.image ? '; the slide also has a background image, check it by eye' : '';
    return [{ where: pair.where, foreground, background, ratio: rounded, required, message: `text ${foreground} on ${pair.onWhat} ${background} has contrast ${rounded.toFixed(2)}:1, below WCAG AA ${required}:1${image}` }];
  });
}

/** Each text style and what it is drawn on. */
function textPairs(manifest: TemplateManifest): Pair[] {
  const { slides, kpi, bullets, chart, assets } = manifest;
  const backgrounds = assets.backgrounds;
  const slot = (where: string, style: TextStyle, on: ColorRef, onWhat: string, image = false): Pair => ({ where, style, color: style.color, on, onWhat, image });
  const content = slides.content.background;
  const pairs: Pair[] = [
    ...(['title', 'subtitle', 'meta'] as const).map((key) => slot(`slides.title.${key}.style`, slides.title[key].style, slides.title.background, 'the title slide', backgrounds.title !== undefined)),
    ...(['title', 'subtitle', 'footer', 'pageNumber'] as const).map((key) => slot(`slides.content.${key}.style`, slides.content[key].style, content, 'content slides', backgrounds.content !== undefined)),
    ...(['headline', 'detail'] as const).map((key) => slot(`slides.closing.${key}.style`, slides.closing[key].style, slides.closing.background, 'the closing slide', backgrounds.closing !== undefined)),
    ...(['value', 'unit', 'label'] as const).map((key) => slot(`kpi.${key}`, kpi[key], kpi.fill, 'KPI tiles')),
    // The change line's own colour is replaced by growth, decline or no change.
    ...(['positive', 'negative', 'neutral'] as const).map((name) => ({ where: `kpi.change (${name})`, style: kpi.change, color: name, on: kpi.fill, onWhat: 'KPI tiles' })),
    ...(['title', 'detail'] as const).map((key) => slot(`bullets.${key}`, bullets[key], content, 'content slides', backgrounds.content !== undefined)),
    { where: 'chart.textColor', style: { size: chart.fontSize, bold: false }, color: chart.textColor, on: content, onWhat: 'content slides' },
  ];
  for (const grid of ['overview', 'dashboard'] as const) {
    const card = slides[grid].card;
    pairs.push(...(['number', 'title', 'value', 'label'] as const).map((key) => slot(`slides.${grid}.card.${key}`, card[key], card.fill, `${grid} cards`)));
  }
  const strip = slides.dashboard.strip;
  if (strip) pairs.push(slot('slides.dashboard.strip.style', strip.style, content, 'content slides', backgrounds.content !== undefined));
  return pairs;
}
