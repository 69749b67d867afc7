/**
 * A metric's change as a summary table prints it: "同比增长2.93%", "环比下降1.2个百分点", "持平". Built from the
 * structured change rather than copied from `raw`, so an edited or hand-written report reads the same way; the
 * comparison base (同比/环比/比上年…) is kept from `raw` because the number means nothing without it.
 */
import type { Change } from '../../../report/schema.js';
import { trimNumber } from './number-text.js';

const BASES = ['同比', '环比', '比上年同期', '比上年', '比去年同期', '比去年', '较上年', '较去年'] as const;

export function formatChange(change: Change | undefined): string {
  if (!change) return '—';
  const base = BASES.find((b) => change.raw.includes(b)) ?? '';
  if (change.direction === 'flat' || change.value === 0) return `${base}持平`;
  const verb = change.direction === 'up' ? '增长' : '下降';
  return `${base}${verb}${trimNumber(change.value, 2)}${change.unit}`;
}
