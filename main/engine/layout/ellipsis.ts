/** Ending a cut line with "…": what fitText and fitParagraphs show when even the minimum size does not fit. */
import { WIDTH_EPSILON_EM, type PreparedText } from './break-lines.js';
import { mayNotEndLine } from './line-break-rules.js';
import { textWidthEm } from './measure.js';

export const ELLIPSIS = '…';

/** Pauses, stops and opening brackets read badly right before "…", so they go too. */
const DROPPED_BEFORE_ELLIPSIS = /[\s，、；：,;:。.…—]/u;

/** Shorten `line` until "…" fits after it within `maxEm`; undefined when not even "…" alone fits. */
export function endWithEllipsis(prepared: PreparedText, line: string, maxEm: number): string | undefined {
  const chars = Array.from(line);
  const tooWide = (): boolean => textWidthEm(prepared.charEm, chars.join('') + ELLIPSIS) > maxEm + WIDTH_EPSILON_EM;
  const last = (): string => chars[chars.length - 1] ?? '';
  while (chars.length > 0 && (tooWide() || DROPPED_BEFORE_ELLIPSIS.test(last()) || mayNotEndLine(last()))) chars.pop();
  return chars.length === 0 && tooWide() ? undefined : chars.join('') + ELLIPSIS;
}
