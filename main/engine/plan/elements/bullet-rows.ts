/**
 * Bullet rows: one short item per row — a marker square, a bold title with its headline ("以学铸魂：坚定理想信念"),
 * and an optional muted detail line (the section's numbers, or the first clause of a plan). All rows share one scale;
 * rows that do not fit even at the styles' minimum sizes are returned for a continuation slide, never squeezed.
 * Each row is its own text box so it can be moved or deleted in PowerPoint without disturbing the others.
 */
import type { Box, SlideElement } from '../../deck/model.js';
import { box, columns, inches, pt, TEXT_INSET } from '../geometry.js';
import type { PlanContext } from '../plan-context.js';
import { forceFit, largestFitting, layoutAt, scaleSteps, type FittedBlock, type ParagraphSpec } from '../text/fit-block.js';
import { fullWidthPunctuation } from '../text/short-text.js';
import { minSizeOf } from '../text/text-element.js';

export interface BulletRow {
  readonly id: string;
  readonly title: string;
  readonly headline?: string;
  readonly detail?: string;
  /** A sentence rather than a titled item: drawn in the body style, not bold. */
  readonly plain?: boolean;
}

export interface PlacedRows {
  readonly elements: SlideElement[];
  /** How many rows were placed; rows from here on belong on a continuation slide. */
  readonly placed: number;
}

const MARKER_COLUMN = 0.3;
const MAX_GAP = 0.4;

export function bulletRows(ctx: PlanContext, rows: readonly BulletRow[], area: Box, columnCount = 1): PlacedRows {
  if (rows.length === 0) return { elements: [], placed: 0 };
  const cols = columns(area.x, area.w, Math.min(columnCount, rows.length), 0.4);
  const widthPt = pt((cols[0]?.w ?? area.w) - MARKER_COLUMN - 2 * TEXT_INSET);
  const specs = rows.map((row) => rowSpecs(ctx, row));
  const minScale = Math.max(...specs.flat().map((spec) => spec.minSize / spec.size));
  const blockAt = rowLayouts(ctx, specs, widthPt);
  const fitsAt = (count: number, scale: number): boolean => splitColumns(count, cols.length).every((column) => columnFits(column.map((index) => blockAt(index, scale)), area, pt(ctx.manifest.bullets.gap) * scale));
  let count = rows.length;
  while (count > 0 && !fitsAt(count, minScale)) count -= 1;
  if (count === 0) return { elements: placeForced(ctx, rows[0] as BulletRow, specs[0] ?? [], cols[0] ?? area, area, widthPt), placed: 1 };
  const scale = largestFitting(scaleSteps(minScale), (candidate) => fitsAt(count, candidate)) ?? minScale;
  const split = splitColumns(count, cols.length);
  return { elements: place(ctx, rows, split, cols, area, (index) => blockAt(index, scale), pt(ctx.manifest.bullets.gap) * scale), placed: count };
}

/** Each row laid out at each scale once: the search over counts and scales asks for the same layouts again and again. */
function rowLayouts(ctx: PlanContext, specs: readonly ParagraphSpec[][], widthPt: number): (index: number, scale: number) => FittedBlock {
  const memo = new Map<string, FittedBlock>();
  return (index, scale) => {
    const key = `${index}@${scale}`;
    let block = memo.get(key);
    if (!block) {
      block = layoutAt(ctx, specs[index] ?? [], widthPt, scale);
      memo.set(key, block);
    }
    return block;
  };
}

function columnFits(blocks: readonly FittedBlock[], area: Box, gapPt: number): boolean {
  const boxes = blocks.reduce((sum, block) => sum + block.heightPt + 2 * pt(TEXT_INSET), 0);
  return blocks.every((block) => block.fits) && boxes + gapPt * Math.max(0, blocks.length - 1) <= pt(area.h) + 1e-6;
}

function rowSpecs(ctx: PlanContext, source: BulletRow): ParagraphSpec[] {
  const { title, detail } = ctx.manifest.bullets;
  const row = { ...source, title: fullWidthPunctuation(source.title), ...(source.headline ? { headline: fullWidthPunctuation(source.headline) } : {}), ...(source.detail ? { detail: fullWidthPunctuation(source.detail) } : {}) };
  const titleRuns = row.plain
    ? [{ text: row.title, bold: title.bold, color: ctx.color(title.color) }]
    : [{ text: row.headline ? `${row.title}：` : row.title, bold: true, color: ctx.color('primaryDark') }];
  if (row.headline) titleRuns.push({ text: row.headline, bold: title.bold, color: ctx.color(title.color) });
  // A sentence bullet may take one line more than a titled item: it has no detail line under it.
  const titleStyle = row.plain ? { ...title, maxLines: (title.maxLines ?? 2) + 1 } : title;
  const specs: ParagraphSpec[] = [paragraph(titleStyle, titleRuns, 0)];
  if (row.detail) specs.push(paragraph(detail, [{ text: row.detail, bold: detail.bold, color: ctx.color(detail.color) }], detail.size * 0.2));
  return specs;
}

function paragraph(style: ParagraphStyle, runs: ParagraphSpec['runs'], spaceBeforePt: number): ParagraphSpec {
  return { runs, size: style.size, minSize: minSizeOf(style), lineHeight: style.lineHeight, align: style.align, bullet: false, spaceBeforePt, ...(style.maxLines === undefined ? {} : { maxLines: style.maxLines }) };
}

type ParagraphStyle = PlanContext['manifest']['bullets']['title'];

/** Rows per column: the first columns take the extra row. */
function splitColumns(count: number, columnCount: number): number[][] {
  const perColumn = Math.ceil(count / columnCount);
  return Array.from({ length: columnCount }, (_, c) => Array.from({ length: Math.max(0, Math.min(perColumn, count - c * perColumn)) }, (_, i) => c * perColumn + i)).filter((column) => column.length > 0);
}

function place(ctx: PlanContext, rows: readonly BulletRow[], split: number[][], cols: { x: number; w: number }[], area: Box, blockAt: (index: number) => FittedBlock, gapPt: number): SlideElement[] {
  return split.flatMap((column, c) => {
    const col = cols[c] ?? { x: area.x, w: area.w };
    const blocks = column.map((index) => blockAt(index));
    const boxesH = blocks.map((block) => inches(block.heightPt) + 2 * TEXT_INSET);
    // Spread the rows when there is room to spare, up to a generous gap; otherwise the pack's gap at this scale.
    const spare = area.h - boxesH.reduce((a, b) => a + b, 0);
    const gap = blocks.length > 1 ? Math.min(MAX_GAP, Math.max(inches(gapPt), spare / (blocks.length - 1) / 2)) : 0;
    let y = area.y;
    return column.flatMap((index, i) => {
      const elements = rowElements(ctx, rows[index] as BulletRow, blocks[i] as FittedBlock, box(col.x, y, col.w, boxesH[i] ?? 0));
      y += (boxesH[i] ?? 0) + gap;
      return elements;
    });
  });
}

function rowElements(ctx: PlanContext, row: BulletRow, block: Pick<FittedBlock, 'paragraphs'>, rowBox: Box): SlideElement[] {
  const first = block.paragraphs[0];
  const titleSize = first?.lines[0]?.[0]?.fontSize ?? ctx.manifest.bullets.title.size;
  const marker = inches(titleSize * 0.42);
  const firstLine = inches(first?.lineHeightPt ?? titleSize * 1.3);
  return [
    { type: 'shape', id: `${row.id}/marker`, shape: 'rect', box: box(rowBox.x + 0.04, rowBox.y + TEXT_INSET + firstLine * 0.55 - marker / 2, marker, marker), fill: ctx.color(ctx.manifest.bullets.marker) },
    { type: 'text', id: row.id, role: 'bullet', box: box(rowBox.x + MARKER_COLUMN, rowBox.y, rowBox.w - MARKER_COLUMN, rowBox.h), paragraphs: block.paragraphs, valign: 'top', inset: TEXT_INSET },
  ];
}

/** A single row too long for the whole area even at minimum sizes: shorten it with "…" (and the caller warns). */
function placeForced(ctx: PlanContext, row: BulletRow, specs: readonly ParagraphSpec[], col: { x: number; w: number }, area: Box, widthPt: number): SlideElement[] {
  const fitted = forceFit(ctx, specs, widthPt, pt(area.h - 2 * TEXT_INSET));
  ctx.warn(`${row.id}: "${row.title}" was shortened to fit the slide`);
  return rowElements(ctx, row, fitted, box(col.x, area.y, col.w, inches(fitted.heightPt) + 2 * TEXT_INSET));
}
