/** Plain decimal text for numbers written into the summary: at most `digits` decimals, no trailing zeros, no "-0". */

export function trimNumber(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  const fixed = value.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}
