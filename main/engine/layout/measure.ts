/**
 * Width of a run of text at a given size, as viewers will need it: the sum of the characters' advances (PPTX runs
 * are not kerned by default) with the viewer allowances of safety.ts (substitute faces' ASCII widths, autospace). Every layout decision uses this
 * one measure, so what fits here fits in the writers.
 */
import type { FontMetrics } from './font-metrics.js';
import { autospaceEm } from './safety.js';
import { substituteAdvanceEm } from './substitute-widths.js';

export function textWidthPt(metrics: FontMetrics, text: string, fontSizePt: number, bold: boolean): number {
  return textWidthEm(layoutAdvance(metrics, bold), text) * fontSizePt;
}

/** A character's width for layout: the font's advance, or a substitute face's when that is wider (ASCII only). */
export function layoutAdvance(metrics: FontMetrics, bold: boolean): (char: string) => number {
  return (char) => Math.max(metrics.advanceEm(char, bold), substituteAdvanceEm(char, bold));
}

export function textWidthEm(charEm: (char: string) => number, text: string): number {
  let em = 0;
  let previous = '';
  for (const char of text) {
    em += charEm(char) + (previous ? autospaceEm(previous, char) : 0);
    previous = char;
  }
  return em;
}
