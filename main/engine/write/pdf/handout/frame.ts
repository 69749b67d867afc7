/**
 * Where one slide lands on a handout page: its top-left corner in points and how many points one slide inch takes
 * (72 at full size, less when several slides share a page). Everything on the slide goes through these maps, so a
 * slide drawn small is the same drawing, only scaled.
 */
import type { Box } from '../../../deck/model.js';

export interface Frame {
  readonly x: number;
  readonly y: number;
  /** Points per slide inch. */
  readonly scale: number;
}

export const POINTS_PER_INCH = 72;

export interface PageBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export function pageBox(frame: Frame, box: Box): PageBox {
  return { x: frame.x + box.x * frame.scale, y: frame.y + box.y * frame.scale, w: box.w * frame.scale, h: box.h * frame.scale };
}

/** A length in points on the slide (font sizes, line widths) → points on the page. */
export function pagePt(frame: Frame, slidePt: number): number {
  return (slidePt * frame.scale) / POINTS_PER_INCH;
}

export const cssColor = (hex: string): string => `#${hex.replace(/^#/, '')}`;
