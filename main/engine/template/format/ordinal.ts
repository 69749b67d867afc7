/** Chinese ordinals for headings (一、二、…), and zero-padded numbers for slide badges (01, 02, …). */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百零五; other numbers in Arabic digits; "" for non-numbers. */
export function chineseOrdinal(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (!Number.isInteger(n) || n < 1 || n > 999) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : DIGITS[tens]}十`;
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}

export function padNumber(n: number, width = 2): string {
  return Number.isFinite(n) ? String(Math.trunc(n)).padStart(width, '0') : '';
}
