/**
 * A metric's change in words, as the summary's key-number table prints it: "同比增长2.93%", "环比下降1.2个百分点",
 * "持平". Tiles on slides use the compact arrow form (template/format/format-change.ts: "同比 ▲2.93%"); a table read
 * by leaders on paper reads better in words. Built from the structured change, so an edited or hand-written report
 * reads the same way; the comparison base (同比/环比/比上年…) comes from `raw`: the number means nothing without it.
 */
import type { Change } from '../../../report/schema.js';
import { trimNumber } from '../../../template/format/scale-number.js';

const BASES = ['同比', '环比', '比上年同期', '比上年', '比去年同期', '比去年', '较上年', '较去年', '较年初'] as const;

export function changeWording(change: Change | undefined): string {
  if (!change) return '—';
  const base = BASES.find((b) => change.raw.includes(b)) ?? '';
  if (change.direction === 'flat' || change.value === 0) return `${base}持平`;
  const verb = change.direction === 'up' ? '增长' : '下降';
  return `${base}${verb}${trimNumber(Math.abs(change.value), 2)}${change.unit}`;
}
