/**
 * Checks of a planned Deck against measured text, shared by the planner's tests: every text line fits its box's
 * width at its size (measured with the bundled font), every text box's lines fit its height, nothing leaves the
 * slide, text boxes do not overlap each other, KPI tiles do not overlap, no line breaks Chinese punctuation rules.
 * Each check returns readable problems ("pillar:p2/tile-1/value: line 1 is 212.3 pt, box allows 200.1 pt").
 */
import type { Box, Deck, Slide, TextElement } from '../../main/engine/deck/model.js';
import { bulletIndentPt } from '../../main/engine/layout/bullets.js';
import type { FontMetrics } from '../../main/engine/layout/font-metrics.js';
import { mayNotEndLine, mayNotStartLine } from '../../main/engine/layout/line-break-rules.js';
import { textWidthPt } from '../../main/engine/layout/measure.js';

const PT = 72;
/** Rounding of boxes to 1/1000 inch and of sizes to 1/100 pt. */
const TOLERANCE_PT = 0.15;
const TOLERANCE_IN = 0.002;

export function deckProblems(deck: Deck, metrics: FontMetrics): string[] {
  return deck.slides.flatMap((slide) => slideProblems(slide, deck.size, metrics));
}

export function slideProblems(slide: Slide, size: Deck['size'], metrics: FontMetrics): string[] {
  const problems: string[] = [];
  for (const element of slide.elements) {
    if (!inside(element.box, size)) problems.push(`${element.id}: box ${fmt(element.box)} is not on the ${size.w} × ${size.h} slide`);
    if (element.type === 'text') problems.push(...textProblems(element, metrics));
  }
  const texts = slide.elements.filter((element): element is TextElement => element.type === 'text');
  problems.push(...overlaps(texts.map((t) => ({ id: t.id, box: t.box }))));
  const tiles = slide.elements.filter((element) => element.type === 'shape' && /\/tile-\d+$/.test(element.id));
  problems.push(...overlaps(tiles.map((t) => ({ id: t.id, box: t.box }))));
  const charts = slide.elements.filter((element) => element.type === 'chart');
  for (const chart of charts) for (const text of texts) if (intersects(chart.box, text.box)) problems.push(`${chart.id} overlaps ${text.id}`);
  return problems;
}

export function textProblems(element: TextElement, metrics: FontMetrics): string[] {
  const problems: string[] = [];
  const widthPt = (element.box.w - 2 * element.inset) * PT;
  const heightPt = (element.box.h - 2 * element.inset) * PT;
  let used = 0;
  element.paragraphs.forEach((paragraph, p) => {
    used += paragraph.spaceBeforePt + paragraph.lines.length * paragraph.lineHeightPt;
    paragraph.lines.forEach((line, l) => {
      const firstSize = line[0]?.fontSize ?? 0;
      const room = paragraph.bullet ? widthPt - bulletIndentPt(paragraph.lines[0]?.[0]?.fontSize ?? firstSize) : widthPt;
      const width = line.reduce((sum, run) => sum + textWidthPt(metrics, run.text, run.fontSize, run.bold), 0);
      const where = `${element.id}: paragraph ${p + 1} line ${l + 1}`;
      if (width > room + TOLERANCE_PT) problems.push(`${where} is ${width.toFixed(1)} pt wide, the box allows ${room.toFixed(1)} pt`);
      const tallest = Math.max(...line.map((run) => run.fontSize));
      if (paragraph.lineHeightPt + TOLERANCE_PT < tallest) problems.push(`${where}: line pitch ${paragraph.lineHeightPt} pt is less than its ${tallest} pt text`);
      const text = line.map((run) => run.text).join('');
      const first = [...text][0] ?? '';
      const last = [...text].at(-1) ?? '';
      if (l > 0 && mayNotStartLine(first)) problems.push(`${where} starts with "${first}"`);
      if (l < paragraph.lines.length - 1 && mayNotEndLine(last)) problems.push(`${where} ends with "${last}"`);
      for (const run of line) if (run.fontSize < 8) problems.push(`${where}: ${run.fontSize} pt is too small to read`);
    });
  });
  if (used > heightPt + TOLERANCE_PT) problems.push(`${element.id}: text is ${used.toFixed(1)} pt tall, the box allows ${heightPt.toFixed(1)} pt`);
  return problems;
}

function inside(box: Box, size: Deck['size']): boolean {
  return box.x >= -TOLERANCE_IN && box.y >= -TOLERANCE_IN && box.x + box.w <= size.w + TOLERANCE_IN && box.y + box.h <= size.h + TOLERANCE_IN && box.w >= 0 && box.h >= 0;
}

function intersects(a: Box, b: Box): boolean {
  return a.x + TOLERANCE_IN < b.x + b.w && b.x + TOLERANCE_IN < a.x + a.w && a.y + TOLERANCE_IN < b.y + b.h && b.y + TOLERANCE_IN < a.y + a.h;
}

function overlaps(items: readonly { id: string; box: Box }[]): string[] {
  const problems: string[] = [];
  items.forEach((a, i) => items.slice(i + 1).forEach((b) => intersects(a.box, b.box) && problems.push(`${a.id} overlaps ${b.id}`)));
  return problems;
}

const fmt = (b: Box): string => `(${b.x}, ${b.y}, ${b.w} × ${b.h})`;
