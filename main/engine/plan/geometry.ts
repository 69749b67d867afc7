/** Units and small box arithmetic for the planner: boxes are in inches, text in points (72 to the inch). */
import type { Box } from '../deck/model.js';

export const PT_PER_IN = 72;

/** Inner padding of every text box, in inches; writers use the same (TextElement.inset). */
export const TEXT_INSET = 0.04;

export const pt = (inches: number): number => inches * PT_PER_IN;
export const inches = (points: number): number => points / PT_PER_IN;

/** Round to 1/1000 inch so the Deck model (and golden files) do not carry float noise. */
export const round3 = (value: number): number => Math.round(value * 1000) / 1000;

export function box(x: number, y: number, w: number, h: number): Box {
  return { x: round3(x), y: round3(y), w: round3(Math.max(0, w)), h: round3(Math.max(0, h)) };
}

/** Split a width into `count` equal cells with `gap` between them; returns each cell's x offset and width. */
export function columns(x: number, width: number, count: number, gap: number): { x: number; w: number }[] {
  const w = (width - gap * (count - 1)) / count;
  return Array.from({ length: count }, (_, i) => ({ x: x + i * (w + gap), w }));
}

/** The part of `inner` that lies on the slide (decorations may bleed off the edge; the Deck never does). */
export function clipToSlide(b: Box, size: { w: number; h: number }): Box | undefined {
  const x = Math.max(0, b.x);
  const y = Math.max(0, b.y);
  const w = Math.min(size.w, b.x + b.w) - x;
  const h = Math.min(size.h, b.y + b.h) - y;
  return w > 0.001 && h > 0.001 ? box(x, y, w, h) : undefined;
}
