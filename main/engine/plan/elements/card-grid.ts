/**
 * A grid of pillar cards, for the overview and the one-page dashboard: number badge, pillar title, and the pillar's
 * headline number with its label anchored at the card's foot (plus, on the dashboard, a line of further numbers).
 * Cards of a grid share one value size; a short last row is centred.
 */
import type { Box, SlideElement, TextElement } from '../../deck/model.js';
import type { MetricData, PillarData } from '../../template/data.js';
import { padNumber } from '../../template/format/ordinal.js';
import { safeWidthPt } from '../../layout/safety.js';
import type { GridLayout, TextStyle } from '../../template/manifest-schema.js';
import { box, inches, pt, TEXT_INSET } from '../geometry.js';
import type { PlanContext } from '../plan-context.js';
import { minSizeOf, textElement } from '../text/text-element.js';
import { largestValueSize, SMALLEST_VALUE_PT, VALUE_LINE, valueElement, valueRuns } from './metric-runs.js';

export interface CardContent {
  readonly id: string;
  /** "01", "02"… */
  readonly number: string;
  readonly title: string;
  readonly value?: MetricData;
  /** Shown where the number would be when the pillar has none (its subtitle, say). */
  readonly fallback?: string;
  /** Further numbers for one line under the headline ("储备后备干部160名 · 集中学习27次"); as many as fit are shown. */
  readonly extra?: readonly string[];
}

/** A pillar's card: the overview passes no extra numbers, the dashboard a few after the headline. */
export function pillarCard(slideId: string, pillar: PillarData, extra: readonly string[] = []): CardContent {
  return {
    id: `${slideId}/card-${pillar.id}`,
    number: padNumber(pillar.number),
    title: pillar.title,
    ...(pillar.headline ? { value: pillar.headline } : {}),
    ...(pillar.subtitle ? { fallback: pillar.subtitle } : {}),
    ...(extra.length ? { extra } : {}),
  };
}

const STRIPE = 0.06;
/** Inches: taller cards only add empty space between the title and the number. */
const MAX_CARD_H = 2.6;
const PAD = 0.18;

/** Rows × columns for `count` cards: as many rows as needed, then as few columns as balance them. */
export function gridShape(count: number, maxColumns: number): { rows: number; cols: number } {
  const rows = Math.ceil(count / maxColumns);
  return { rows, cols: Math.ceil(count / rows) };
}

export function cardGrid(ctx: PlanContext, grid: GridLayout, cards: readonly CardContent[], inlineNumber: boolean): SlideElement[] {
  if (cards.length === 0) return [];
  const { rows, cols } = gridShape(cards.length, grid.columns);
  const cellW = (grid.area.w - grid.gap * (cols - 1)) / cols;
  // A few pillars must not stretch into towers of empty card: cap the height and centre the grid in its area.
  const cellH = Math.min((grid.area.h - grid.gap * (rows - 1)) / rows, MAX_CARD_H);
  const top = grid.area.y + (grid.area.h - rows * cellH - (rows - 1) * grid.gap) / 2;
  const layout = cardLayout(ctx, grid, cards, cellW, cellH, inlineNumber);
  return cards.flatMap((card, index) => {
    const row = Math.floor(index / cols);
    const inRow = Math.min(cols, cards.length - row * cols);
    const offset = ((cols - inRow) * (cellW + grid.gap)) / 2;
    const x = grid.area.x + offset + (index % cols) * (cellW + grid.gap);
    return cardElements(ctx, grid, card, box(x, top + row * (cellH + grid.gap), cellW, cellH), layout, inlineNumber);
  });
}

/** Heights shared by every card of a grid (inches), so titles, numbers and labels line up across the cards. */
interface CardLayout {
  readonly numberH: number;
  readonly titleH: number;
  readonly valueSize: number;
  readonly valueH: number;
  readonly labelLines: number;
  readonly labelH: number;
  readonly extraH: number;
}

const GAP = 0.08;

/**
 * Budget a card's height: number badge, the lines its labels and titles actually need, then the headline number
 * gets what is left (up to its style's size, down to its minimum), and the title whatever the number leaves.
 */
function cardLayout(ctx: PlanContext, grid: GridLayout, cards: readonly CardContent[], cellW: number, cellH: number, inlineNumber: boolean): CardLayout {
  const style = grid.card;
  const innerW = pt(cellW - 2 * PAD - 2 * TEXT_INSET);
  const innerH = cellH - (style.accent ? STRIPE : 0) - 1.6 * PAD;
  const lineBox = (size: number, lineHeight: number, lines: number): number => inches(size * lineHeight * lines) + 2 * TEXT_INSET;
  const linesOf = (text: string, textStyle: TextStyle, max: number): number => Math.min(max, ctx.breaker.lines(text, textStyle.bold, textStyle.size, safeWidthPt(innerW)).length);
  const hasExtra = cards.some((card) => card.extra);
  const numberH = inlineNumber ? 0 : lineBox(style.number.size, 1.2, 1);
  const labelLines = Math.max(1, ...cards.map((card) => linesOf(card.value?.label ?? '', style.label, hasExtra ? 1 : Math.min(2, style.label.maxLines ?? 2))));
  const labelH = lineBox(style.label.size, style.label.lineHeight, labelLines);
  const extraH = hasExtra ? lineBox(style.label.size, style.label.lineHeight, 1) : 0;
  const titleLines = Math.max(1, ...cards.map((card) => linesOf(card.title, style.title, style.title.maxLines ?? 2)));
  const titleWant = lineBox(style.title.size, style.title.lineHeight, titleLines);
  const roomPt = pt(innerH - numberH - labelH - extraH - titleWant - GAP - 2 * TEXT_INSET) / VALUE_LINE;
  const valueSize = sharedValueSize(ctx, grid, cards, innerW, Math.max(minSizeOf(style.value), roomPt));
  const valueH = inches(valueSize * VALUE_LINE) + 2 * TEXT_INSET;
  const titleH = Math.max(lineBox(minSizeOf(style.title), style.title.lineHeight, 1), Math.min(titleWant, innerH - numberH - valueH - labelH - extraH - GAP));
  return { numberH, titleH, valueSize, valueH, labelLines, labelH, extraH };
}

/** Cards have no unit style of their own: the unit is drawn at half the number's size, in its colour. */
const unitStyle = (grid: GridLayout): TextStyle => ({ ...grid.card.value, size: grid.card.value.size * 0.5, minSize: 9 });

function sharedValueSize(ctx: PlanContext, grid: GridLayout, cards: readonly CardContent[], widthPt: number, roomPt: number): number {
  const style = { value: grid.card.value, unit: unitStyle(grid) };
  const max = Math.max(SMALLEST_VALUE_PT, Math.min(grid.card.value.size, roomPt));
  const sizes = cards.flatMap((card) => (card.value ? [largestValueSize(ctx.metrics, card.value, style, widthPt, max)] : []));
  const size = sizes.length ? Math.min(...sizes) : max;
  if (size < Math.min(minSizeOf(grid.card.value), max)) ctx.warn(`${cards[0]?.id ?? 'cards'}: a headline number is drawn at ${size} pt, below the pack's minimum, to fit its card`);
  return size;
}

function cardElements(ctx: PlanContext, grid: GridLayout, card: CardContent, cell: Box, layout: CardLayout, inlineNumber: boolean): SlideElement[] {
  const style = grid.card;
  const elements: SlideElement[] = [
    { type: 'shape', id: card.id, shape: style.radius > 0 ? 'roundRect' : 'rect', box: cell, fill: ctx.color(style.fill), ...(style.border ? { line: { color: ctx.color(style.border), widthPt: 0.75 } } : {}), ...(style.radius > 0 ? { radius: style.radius } : {}) },
  ];
  if (style.accent) elements.push({ type: 'shape', id: `${card.id}/accent`, shape: 'rect', box: box(cell.x, cell.y, cell.w, STRIPE), fill: ctx.color(style.accent) });
  const inner = { x: cell.x + PAD, w: cell.w - 2 * PAD, top: cell.y + (style.accent ? STRIPE : 0) + PAD * 0.8, bottom: cell.y + cell.h - PAD * 0.8 };
  const push = (element: TextElement | undefined): void => void (element && elements.push(element));
  let y = inner.top;
  if (!inlineNumber) {
    push(textElement(ctx, { id: `${card.id}/number`, role: 'caption', box: box(inner.x, y, inner.w, layout.numberH), style: style.number, paragraphs: [card.number] }));
    y += layout.numberH;
  }
  const titleRuns = inlineNumber ? [[{ text: `${card.number}  `, bold: true, color: ctx.color(style.number.color) }, { text: card.title, bold: style.title.bold, color: ctx.color(style.title.color) }]] : [card.title];
  push(textElement(ctx, { id: `${card.id}/title`, role: 'heading', box: box(inner.x, y, inner.w, layout.titleH), style: style.title, paragraphs: titleRuns, balance: true }));
  let foot = inner.bottom;
  const extra = card.extra ? fittingItems(ctx, card.extra, style.label, pt(inner.w - 2 * TEXT_INSET)) : '';
  if (layout.extraH > 0) {
    foot -= layout.extraH;
    push(textElement(ctx, { id: `${card.id}/extra`, role: 'caption', box: box(inner.x, foot, inner.w, layout.extraH), style: { ...style.label, maxLines: 1 }, paragraphs: extra ? [extra] : [] }));
  }
  if (card.value) {
    foot -= layout.labelH;
    push(textElement(ctx, { id: `${card.id}/label`, role: 'kpi-label', box: box(inner.x, foot, inner.w, layout.labelH), style: { ...style.label, maxLines: layout.labelLines }, paragraphs: [card.value.label] }));
    foot -= layout.valueH;
    const color = ctx.color(style.value.color);
    const runs = valueRuns(card.value, { value: style.value, unit: unitStyle(grid) }, layout.valueSize, { value: color, unit: color });
    elements.push(valueElement(`${card.id}/value`, box(inner.x, foot, inner.w, layout.valueH), runs, layout.valueSize, style.value.align));
  } else if (card.fallback) {
    const height = Math.max(layout.valueH + layout.labelH, 0);
    foot -= height;
    push(textElement(ctx, { id: `${card.id}/label`, role: 'body', box: box(inner.x, foot, inner.w, height), style: { ...style.label, maxLines: 3, valign: 'bottom' }, paragraphs: [card.fallback] }));
  }
  return elements;
}

/**
 * The first items, joined with " · ", that fit one line at the style's own size (so every card's line matches);
 * a single item may shrink to the style's minimum; otherwise nothing.
 */
function fittingItems(ctx: PlanContext, items: readonly string[], style: TextStyle, widthPt: number): string {
  const fits = (text: string, size: number): boolean => ctx.breaker.lines(text, style.bold, size, safeWidthPt(widthPt)).length <= 1;
  for (let count = items.length; count > 0; count -= 1) {
    const text = items.slice(0, count).join(' · ');
    if (fits(text, style.size)) return text;
  }
  const [first = ''] = items;
  return first && fits(first, minSizeOf(style)) ? first : '';
}
