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
  // Keyed by the text itself (not a concatenated key), so a lookup hashes no new string.
  const texts = [new Map<string, Memo>(), new Map<string, Memo>()];
  return {
    lines(text, bold, fontSizePt, maxWidthPt) {
      if (!(fontSizePt > 0) || !(maxWidthPt > 0)) throw new RangeError(`cannot break text at ${fontSizePt} pt into ${maxWidthPt} pt`);
      const byText = texts[bold ? 1 : 0] as Map<string, Memo>;
      let memo = byText.get(text);
      if (!memo) byText.set(text, (memo = { prepared: prepareText(metrics, text, bold), broken: new Map() }));
      const widthEm = maxWidthPt / fontSizePt;
      let lines = memo.broken.get(widthEm);
      if (!lines) memo.broken.set(widthEm, (lines = breakPrepared(memo.prepared, widthEm)));
      return lines;
    },
  };
}

interface Memo {
  readonly prepared: PreparedText;
  /** Lines by the width in em (the break depends on nothing else). */
  readonly broken: Map<number, string[]>;
}
