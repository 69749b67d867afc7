/**
 * Handout page layouts. One slide per page without notes is the slide itself, at its own size, so the PDF pages
 * match the PPTX's slides one for one. Every other layout is A4 landscape with a footer:
 *
 *   1 + notes   the slide across the top, its notes below
 *   2           two slides stacked; with notes, each slide at the left and its notes beside it
 *   4           a 2 × 2 grid; with notes, four rows: slide at the left, notes beside it
 */
import type { Deck } from '../../../deck/model.js';
import { POINTS_PER_INCH, type Frame, type PageBox } from './frame.js';

export type SlidesPerPage = 1 | 2 | 4;

export interface Slot {
  readonly frame: Frame;
  /** Where the notes go, when the layout has them. */
  readonly notes?: PageBox;
}

export interface HandoutGeometry {
  readonly page: { readonly width: number; readonly height: number };
  readonly slots: readonly Slot[];
  /** Space kept at the bottom for the footer (0: no footer). */
  readonly footerHeight: number;
}

export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;
const MARGIN = 36;
const FOOTER = 30;
const GAP = 14;

export function handoutGeometry(deck: Deck, perPage: SlidesPerPage, notes: boolean): HandoutGeometry {
  const aspect = deck.size.h / deck.size.w;
  if (perPage === 1 && !notes) {
    return { page: { width: deck.size.w * POINTS_PER_INCH, height: deck.size.h * POINTS_PER_INCH }, slots: [{ frame: { x: 0, y: 0, scale: POINTS_PER_INCH } }], footerHeight: 0 };
  }
  const area = { x: MARGIN, y: MARGIN, w: A4_LANDSCAPE.width - 2 * MARGIN, h: A4_LANDSCAPE.height - MARGIN - FOOTER - MARGIN / 2 };
  const slots = perPage === 1 ? oneWithNotes(area, aspect, deck) : notes ? rowsWithNotes(area, perPage, aspect, deck) : perPage === 2 ? stacked(area, aspect, deck) : grid(area, aspect, deck);
  return { page: A4_LANDSCAPE, slots, footerHeight: FOOTER };
}

type Area = PageBox;

function frameAt(x: number, y: number, width: number, deck: Deck): Frame {
  return { x, y, scale: width / deck.size.w };
}

function oneWithNotes(area: Area, aspect: number, deck: Deck): Slot[] {
  const notesH = 130;
  const slideH = area.h - notesH - GAP;
  const slideW = Math.min(area.w, slideH / aspect);
  const x = area.x + (area.w - slideW) / 2;
  return [{ frame: frameAt(x, area.y, slideW, deck), notes: { x, y: area.y + slideW * aspect + GAP, w: slideW, h: area.h - slideW * aspect - GAP } }];
}

/** n rows: slide at the left (as tall as the row allows), notes filling the rest of the row. */
function rowsWithNotes(area: Area, rows: number, aspect: number, deck: Deck): Slot[] {
  const rowH = (area.h - (rows - 1) * GAP) / rows;
  const slideW = Math.min(rowH / aspect, area.w * 0.6);
  return Array.from({ length: rows }, (_, i) => {
    const y = area.y + i * (rowH + GAP);
    return { frame: frameAt(area.x, y, slideW, deck), notes: { x: area.x + slideW + GAP * 1.5, y, w: area.w - slideW - GAP * 1.5, h: rowH } };
  });
}

function stacked(area: Area, aspect: number, deck: Deck): Slot[] {
  const slideH = (area.h - GAP) / 2;
  const slideW = Math.min(slideH / aspect, area.w);
  const x = area.x + (area.w - slideW) / 2;
  return [0, 1].map((i) => ({ frame: frameAt(x, area.y + i * (slideH + GAP), slideW, deck) }));
}

function grid(area: Area, aspect: number, deck: Deck): Slot[] {
  const cellW = (area.w - GAP) / 2;
  const cellH = (area.h - GAP) / 2;
  const slideW = Math.min(cellW, cellH / aspect);
  const slideH = slideW * aspect;
  const left = area.x + (area.w - (2 * slideW + GAP)) / 2;
  const top = area.y + (area.h - (2 * slideH + GAP)) / 2;
  return [0, 1, 2, 3].map((i) => frameAt(left + (i % 2) * (slideW + GAP), top + Math.floor(i / 2) * (slideH + GAP), slideW, deck)).map((frame) => ({ frame }));
}
