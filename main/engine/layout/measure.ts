/** Width of a run of text at a given size: the sum of its characters' advances (PPTX runs are not kerned by default). */
import type { FontMetrics } from './font-metrics.js';

export function textWidthPt(metrics: FontMetrics, text: string, fontSizePt: number, bold: boolean): number {
  let em = 0;
  for (const char of text) em += metrics.advanceEm(char, bold);
  return em * fontSizePt;
}
