/**
 * Line breaking with memory. Fitting tries many sizes for the same texts (every scale step, every candidate split
 * over slides), so each text is segmented and measured once (layout's prepareText) and each break is kept per size
 * and width. One breaker lives for one planDeck call; its results depend only on its inputs, so plans stay
 * deterministic.
 */
import { breakPrepared, prepareText, type PreparedText } from '../../layout/break-lines.js';
import type { FontMetrics } from '../../layout/font-metrics.js';

export interface LineBreaker {
  /** Lines of `text` at `fontSizePt` no wider than `maxWidthPt` (no safety margin added here). */
  lines(text: string, bold: boolean, fontSizePt: number, maxWidthPt: number): string[];
}

export function lineBreaker(metrics: FontMetrics): LineBreaker {
  const prepared = new Map<string, PreparedText>();
  const broken = new Map<string, string[]>();
  return {
    lines(text, bold, fontSizePt, maxWidthPt) {
      if (!(fontSizePt > 0) || !(maxWidthPt > 0)) throw new RangeError(`cannot break text at ${fontSizePt} pt into ${maxWidthPt} pt`);
      const key = `${bold ? 'b' : 'r'}${fontSizePt}|${maxWidthPt.toFixed(3)}|${text}`;
      const known = broken.get(key);
      if (known) return known;
      const textKey = `${bold ? 'b' : 'r'}${text}`;
      let measured = prepared.get(textKey);
      if (!measured) {
        measured = prepareText(metrics, text, bold);
        prepared.set(textKey, measured);
      }
      const lines = breakPrepared(measured, maxWidthPt / fontSizePt);
      broken.set(key, lines);
      return lines;
    },
  };
}
