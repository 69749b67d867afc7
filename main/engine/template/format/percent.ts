/** Percentages: values already in percent (as reports write them, "70%") and ratios of two numbers. */
import { trimNumber } from './scale-number.js';

/** 70 → "70%", 2.934 → "2.9%" (digits = 1). */
export function formatPercent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return `${trimNumber(value, digits)}%`;
}

/** part / whole as a percentage, e.g. 700 of 1008 → "69.4%"; "—" when the whole is zero. */
export function formatRatio(part: number, whole: number, digits = 1): string {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole === 0) return '—';
  return formatPercent((part / whole) * 100, digits);
}
