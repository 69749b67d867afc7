/**
 * 万/亿/万亿 formatting: the way Chinese reports write large quantities (13.9万亩, 1.68亿元, 126万亿元), with at most
 * two decimals.
 * Tiles, charts, notes and the text templates' helpers all use this one rule, so a number reads the same everywhere.
 */

export type ChineseScale = '' | '万' | '亿' | '万亿';

export interface ScaledNumber {
  /** Digits with at most `digits` decimals, trailing zeros removed, e.g. "13.9". */
  readonly number: string;
  readonly scale: ChineseScale;
  /** The scaled value, e.g. 13.9 for 139000 with 万. */
  readonly scaled: number;
}

export interface ScaleOptions {
  /** Smallest magnitude written with 万; below it the number stays whole (22167人, not 2.22万人). */
  readonly minWan?: number;
  /** Decimals kept after scaling. */
  readonly digits?: number;
}

const WAN = 1e4;
const YI = 1e8;
const WAN_YI = 1e12;

/** Scale a number to 万 or 亿 when it is large enough; never throws (non-finite input gives "—"). */
export function scaleChinese(value: number, options: ScaleOptions = {}): ScaledNumber {
  if (!Number.isFinite(value)) return { number: '—', scale: '', scaled: Number.NaN };
  const minWan = options.minWan ?? 1e5;
  const digits = options.digits ?? 2;
  const magnitude = Math.abs(value);
  if (magnitude >= WAN_YI) return scaled(value, WAN_YI, '万亿', digits);
  if (magnitude >= YI) {
    const inYi = scaled(value, YI, '亿', digits);
    // 999999999999 rounds to 10000亿: write it as 1万亿.
    return Math.abs(inYi.scaled) >= WAN ? scaled(value, WAN_YI, '万亿', digits) : inYi;
  }
  if (magnitude >= minWan) {
    const inWan = roundTo(value / WAN, digits);
    // 99999999 rounds to 10000万: write it as 1亿 instead.
    if (Math.abs(inWan) >= WAN) return scaled(value, YI, '亿', digits);
    return { number: trimNumber(inWan, digits), scale: '万', scaled: inWan };
  }
  const plain = roundTo(value, digits);
  return { number: trimNumber(plain, digits), scale: '', scaled: plain };
}

function scaled(value: number, factor: number, scale: ChineseScale, digits: number): ScaledNumber {
  const number = roundTo(value / factor, digits);
  return { number: trimNumber(number, digits), scale, scaled: number };
}

export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Fixed decimals without trailing zeros and without "-0". */
export function trimNumber(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  const fixed = value.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** 1234567.5 → "1,234,567.5" (Western grouping, as in statistics tables). */
export function withThousands(value: number, digits = 2): string {
  const text = trimNumber(value, digits);
  if (text === '—') return text;
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digitsOnly = sign ? whole.slice(1) : whole;
  const grouped = digitsOnly.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : '.' + fraction}`;
}
