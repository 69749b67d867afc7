/**
 * A text box from a manifest slot: the text (one string per paragraph, or styled runs) sized and broken to fit
 * the box with the bundled font's metrics. Shrinks to the style's minimum; past that, shortens with "…" and warns,
 * so a slide never overflows whatever the report says.
 */
import type { Box, TextElement, TextRole } from '../../deck/model.js';
import type { TextStyle } from '../../template/manifest-schema.js';
import { pt, TEXT_INSET } from '../geometry.js';
import type { PlanContext } from '../plan-context.js';
import { forceFit, type ParagraphSpec } from './fit-block.js';
import type { RunSpec } from './rich-lines.js';

export interface TextRequest {
  readonly id: string;
  readonly role: TextRole;
  readonly box: Box;
  readonly style: TextStyle;
  /** One entry per paragraph: plain text in the style's colour and weight, or styled runs. */
  readonly paragraphs: readonly (string | readonly RunSpec[])[];
  readonly bullet?: boolean;
  /** Space between paragraphs at full size, in points. */
  readonly paragraphGapPt?: number;
  /** Even out the lines when the text wraps (headings, card titles). */
  readonly balance?: boolean;
}

/** The style's minimum, or 70 % of its size when the manifest gives none. */
export const minSizeOf = (style: TextStyle): number => style.minSize ?? Math.min(style.size, Math.max(8, Math.round(style.size * 0.7)));

export function paragraphSpecs(ctx: PlanContext, style: TextStyle, paragraphs: TextRequest['paragraphs'], bullet = false, gapPt = 0, balance = false): ParagraphSpec[] {
  return paragraphs
    .map((paragraph) => (typeof paragraph === 'string' ? [{ text: paragraph, bold: style.bold, color: ctx.color(style.color) }] : paragraph))
    .filter((runs) => runs.some((run) => run.text.trim() !== ''))
    .map((runs) => ({
      runs,
      size: style.size,
      minSize: minSizeOf(style),
      lineHeight: style.lineHeight,
      align: style.align,
      bullet,
      spaceBeforePt: gapPt,
      balance,
      ...(style.maxLines === undefined ? {} : { maxLines: style.maxLines }),
    }));
}

export function textElement(ctx: PlanContext, request: TextRequest): TextElement | undefined {
  const specs = paragraphSpecs(ctx, request.style, request.paragraphs, request.bullet, request.paragraphGapPt, request.balance);
  if (specs.length === 0) return undefined;
  const widthPt = pt(request.box.w - 2 * TEXT_INSET);
  const heightPt = pt(request.box.h - 2 * TEXT_INSET);
  if (widthPt <= 0 || heightPt <= 0) return undefined;
  const fitted = forceFit(ctx, specs, widthPt, heightPt);
  if (fitted.truncated) ctx.warn(`${request.id}: "${shortPreview(specs)}" was shortened to fit its box`);
  if (fitted.paragraphs.length === 0) return undefined;
  return { type: 'text', id: request.id, role: request.role, box: request.box, paragraphs: fitted.paragraphs, valign: request.style.valign, inset: TEXT_INSET };
}

function shortPreview(specs: readonly ParagraphSpec[]): string {
  const text = specs.map((spec) => spec.runs.map((run) => run.text).join('')).join(' ');
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
